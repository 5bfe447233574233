import { processGatePage } from '../../shared/progression/use-cases/gates/process-gate-page.ts';
import type { WorkflowWiring } from './wiring.ts';
import { gatePositionSchema } from './gate-state.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';

/** ProcessPage: one page of a shard; its output is the iteration's next state, which MorePages routes on `done`. */
export const processGatePageTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const position = gatePositionSchema.parse(event.input);
  const { settledPage, done } = await processGatePage(deps, position, deps.gatePageSize);
  return { gateRunId: position.gateRunId, seasonId: position.seasonId, shard: position.shard, settledPage, done };
};
