import type { Identity } from '../../../platform/auth/identity.ts';
import type { CalendarJob } from '../../calendar-job-schema.ts';
import type { CalendarJobRepository } from '../../ports/calendar-job-repository.ts';
import type { StaffedSeasons } from '../../ports/staffed-seasons.ts';

/** A season's calendar jobs for staff of its programme, due soonest first: one Query of the season's partition. */
export const listCalendarJobs = async (
  deps: { readonly staffedSeasons: StaffedSeasons; readonly calendarJobs: Pick<CalendarJobRepository, 'listForSeason'> },
  identity: Identity,
  seasonId: string,
): Promise<readonly CalendarJob[]> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const jobs = await deps.calendarJobs.listForSeason(seasonId);
  return [...jobs].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
};
