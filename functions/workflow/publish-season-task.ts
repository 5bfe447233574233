import { publishSeason } from '../../shared/programmes/use-cases/publish-season.ts';
import type { WorkflowTaskDependencies } from './dependencies.ts';
import { seasonStateSchema, type WorkflowEvent } from './workflow-event.ts';

/** draft/opening -> open; a repeated run reports `changed: false` and changes nothing. */
export const publishSeasonTask = async (deps: WorkflowTaskDependencies, event: WorkflowEvent) => {
  const { seasonId } = seasonStateSchema.parse(event.input);
  const { season, changed } = await publishSeason(deps, seasonId);
  return { status: season.status, changed };
};
