import type { CalendarJobRepository } from '../../ports/calendar-job-repository.ts';
import type { ProgrammeRepository } from '../../../catalogue/ports/programme-repository.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { planCalendarJobs } from '../../domain/plan-calendar-jobs.ts';

/**
 * When a season opens, its calendar's jobs are written (one item per gate and reminder). Run on
 * every publish of an open season, not only the first: the writes are conditional on the job not
 * existing, so a retried or repeated opening completes a half-written plan and never resets a job.
 */
export const scheduleSeasonCalendar = async (
  deps: {
    readonly programmes: Pick<ProgrammeRepository, 'find'>;
    readonly calendarJobs: Pick<CalendarJobRepository, 'schedule'>;
    readonly clock: () => Date;
  },
  season: Season,
): Promise<{ readonly planned: number; readonly written: number }> => {
  if (season.status !== 'open') return { planned: 0, written: 0 };
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error('A season refers to a programme that does not exist');
  const jobs = planCalendarJobs(season, programme, deps.clock());
  return { planned: jobs.length, written: await deps.calendarJobs.schedule(jobs) };
};
