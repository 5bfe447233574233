import { failScoreExport } from '../../shared/reviews/use-cases/score-export/fail-score-export.ts';
import { failedScoreExportSchema } from './score-export-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import type { ExportsWiring } from './wiring.ts';

/** RecordFailure: the export failed after its retries; the run says why. */
export const failScoreExportTask = async (deps: ExportsWiring, event: WorkflowEvent) => {
  const state = failedScoreExportSchema.parse(event.input);
  await failScoreExport(deps.scoreExport, state, { error: state.error.Error, cause: state.error.Cause });
  return {};
};
