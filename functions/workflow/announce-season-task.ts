import { announceSeason } from '../../shared/catalogue/use-cases/announce-season.ts';
import type { WorkflowWiring } from './wiring.ts';
import { seasonStateSchema, type WorkflowEvent } from './workflow-event.ts';

/** Mails the programme team once, however often the state runs. */
export const announceSeasonTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const { seasonId } = seasonStateSchema.parse(event.input);
  return announceSeason(deps, seasonId);
};
