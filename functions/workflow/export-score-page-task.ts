import { exportScorePage } from '../../shared/reviews/use-cases/score-export/export-score-page.ts';
import { scoreExportPositionSchema } from './score-export-state.ts';
import type { WorkflowEvent } from './workflow-event.ts';
import type { WorkflowWiring } from './wiring.ts';

/** ExportPage: one page of a shard; its output is the iteration's next state, which MorePages routes on `done`. */
export const exportScorePageTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const position = scoreExportPositionSchema.parse(event.input);
  const { done } = await exportScorePage(await deps.scoreExport(), position, deps.scoreExportPageSize);
  return { exportId: position.exportId, seasonId: position.seasonId, shard: position.shard, done };
};
