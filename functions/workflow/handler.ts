import { describeUnexpectedError, logger } from '../../shared/platform/observability/logger.ts';
import { isTransientFault, TransientError } from '../../shared/platform/workflow/transient-error.ts';
import { wiring, type WorkflowWiring } from './wiring.ts';
import { workflowEventSchema, type WorkflowEvent } from './workflow-event.ts';

// Cold start: the container's clients and repositories, built once before the first task.
wiring();

type Task = (deps: WorkflowWiring, event: WorkflowEvent) => Promise<unknown>;

/**
 * Each task's module loads at the task's first call, in a chunk of its own (as a capability's
 * routes do, shared/platform/http/route-loaders.ts): a container running gate pages never reads
 * the season-publishing code. A module is imported once; Node keeps it for the container's life.
 */
const TASKS: Readonly<Record<string, () => Promise<Task>>> = {
  publishSeason: () => import('./publish-season-task.ts').then((module) => module.publishSeasonTask),
  announceSeason: () => import('./announce-season-task.ts').then((module) => module.announceSeasonTask),
  recordWorkflowFailure: () => import('./record-workflow-failure-task.ts').then((module) => module.recordWorkflowFailureTask),
  validateTransition: () => import('./validate-transition-task.ts').then((module) => module.validateTransitionTask),
  applyTransition: () => import('./apply-transition-task.ts').then((module) => module.applyTransitionTask),
  runTransitionEffects: () => import('./transition-effects-task.ts').then((module) => module.transitionEffectsTask),
  recordTransitionFailure: () => import('./record-transition-failure-task.ts').then((module) => module.recordTransitionFailureTask),
  processGatePage: () => import('./process-gate-page-task.ts').then((module) => module.processGatePageTask),
  recordGatePageFailure: () => import('./record-gate-page-failure-task.ts').then((module) => module.recordGatePageFailureTask),
  finishGateRun: () => import('./finish-gate-run-task.ts').then((module) => module.finishGateRunTask),
  failGateRun: () => import('./fail-gate-run-task.ts').then((module) => module.failGateRunTask),
  processReviewAssignmentPage: () =>
    import('./process-review-assignment-page-task.ts').then((module) => module.processReviewAssignmentPageTask),
  finishReviewAssignmentRun: () => import('./finish-review-assignment-run-task.ts').then((module) => module.finishReviewAssignmentRunTask),
  failReviewAssignmentRun: () => import('./fail-review-assignment-run-task.ts').then((module) => module.failReviewAssignmentRunTask),
  exportScorePage: () => import('./export-score-page-task.ts').then((module) => module.exportScorePageTask),
  assembleScoreExport: () => import('./assemble-score-export-task.ts').then((module) => module.assembleScoreExportTask),
  failScoreExport: () => import('./fail-score-export-task.ts').then((module) => module.failScoreExportTask),
};

/**
 * The `workflow` capability: Task states of every state machine call this one function with
 * `{ task, input }`. Transient faults leave as `TransientError` (the states retry those with
 * backoff); anything else fails the state at once and its Catch records it.
 */
export const runWorkflowTask = async (deps: WorkflowWiring, raw: unknown): Promise<unknown> => {
  const event = workflowEventSchema.parse(raw);
  const load = Object.hasOwn(TASKS, event.task) ? TASKS[event.task] : undefined;
  if (load === undefined) throw new Error(`Unknown workflow task: ${event.task}`);
  const task = await load();
  try {
    return await task(deps, event);
  } catch (error) {
    logger.warn('Workflow task failed', {
      task: event.task,
      workflow: event.workflow,
      transient: isTransientFault(error),
      ...describeUnexpectedError(error),
    });
    if (isTransientFault(error) && !(error instanceof TransientError)) {
      throw new TransientError(`Transient fault in ${event.task}: ${error instanceof Error ? error.name : 'unknown'}`, { cause: error });
    }
    throw error;
  }
};

export const handler = (event: unknown): Promise<unknown> => runWorkflowTask(wiring(), event);
