import { scheduleSeasonCalendar } from '../../shared/progression/use-cases/calendar/schedule-season-calendar.ts';
import { publishSeason } from '../../shared/catalogue/use-cases/publish-season.ts';
import type { WorkflowWiring } from './wiring.ts';
import type { WorkflowEvent } from '../../shared/platform/workflow/workflow-event.ts';
import { seasonStateSchema } from './season-state.ts';

/**
 * draft/opening -> open; a repeated run reports `changed: false` and changes nothing. The open
 * season's calendar jobs are written here too, on every run (each write is conditional on the
 * job not existing), so a retry after a fault between the two completes the plan.
 */
export const publishSeasonTask = async (deps: WorkflowWiring, event: WorkflowEvent) => {
  const { seasonId } = seasonStateSchema.parse(event.input);
  const { season, changed } = await publishSeason(deps, seasonId);
  await scheduleSeasonCalendar(deps, season);
  return { status: season.status, changed };
};
