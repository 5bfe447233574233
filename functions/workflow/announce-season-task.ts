import { announceSeason } from '../../shared/catalogue/use-cases/announce-season.ts';
import type { WorkflowWiring } from './wiring.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import { seasonStateSchema } from './season-state.ts';

/** Mails the programme team once, however often the state runs. */
export const announceSeasonTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const { seasonId } = seasonStateSchema.parse(event.input);
  return announceSeason(deps, seasonId);
};
