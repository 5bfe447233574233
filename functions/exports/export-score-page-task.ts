import { exportScorePage } from '../../shared/reviews/use-cases/score-export/export-score-page.ts';
import { scoreExportPositionSchema } from './score-export-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import type { ExportsWiring } from './wiring.ts';

/** ExportPage: one page of a shard; its output is the iteration's next state, which MorePages routes on `done`. */
export const exportScorePageTask = async (deps: ExportsWiring, event: WorkflowEvent) => {
  const position = scoreExportPositionSchema.parse(event.input);
  const { done } = await exportScorePage(deps.scoreExport, position, deps.pageSize);
  return { exportId: position.exportId, seasonId: position.seasonId, shard: position.shard, done };
};
