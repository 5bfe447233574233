import { runTask, type Task } from '../../shared/platform/workflow/run-task.ts';
import { wiring, type ExportsWiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first task.
wiring();

/** The scoreExport machine's Task states; each task's module loads at its first call. */
const TASKS: Readonly<Record<string, () => Promise<Task<ExportsWiring>>>> = {
  exportScorePage: () => import('./export-score-page-task.ts').then((module) => module.exportScorePageTask),
  assembleScoreExport: () => import('./assemble-score-export-task.ts').then((module) => module.assembleScoreExportTask),
  failScoreExport: () => import('./fail-score-export-task.ts').then((module) => module.failScoreExportTask),
};

/** The `exports` capability: the score export's tasks, `{ task, input }` as every task function takes them. */
export const runExportTask = (deps: ExportsWiring, raw: unknown): Promise<unknown> => runTask(TASKS, deps, raw);

export const handler = (event: unknown): Promise<unknown> => runExportTask(wiring(), event);
