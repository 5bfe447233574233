import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { CalendarJob } from '../calendar-job-schema.ts';

const HOUR_MS = 3_600_000;

export const gateJobId = (stage: string): string => `gate-${stage}`;
export const reminderJobId = (stage: string, hoursBefore: number): string => `reminder-${stage}-${hoursBefore}h`;

/**
 * The jobs a season's calendar asks for, as it opens at `now`: a window's `closeGate` at its close
 * (even if that has passed: the gate is owed and runs on the next tick), and, for each window whose
 * stage the programme reminds of, one reminder per offset before the close. A reminder whose time
 * has passed already, or falls before its window opens, is not planned: it would be late, or remind
 * of a window nobody could act in yet.
 */
export const planCalendarJobs = (season: Season, programme: Programme, now: Date): CalendarJob[] => {
  const at = now.toISOString();
  const base = { seasonId: season.id, programmeId: programme.id, status: 'pending', attempts: 0, createdAt: at, updatedAt: at } as const;
  const reminders = programme.settings.reminders;
  return season.calendar.flatMap((window): CalendarJob[] => {
    const closes = Date.parse(window.closesAt);
    const gate: CalendarJob[] =
      window.closeGate === undefined
        ? []
        : [
            {
              ...base,
              id: gateJobId(window.stage),
              kind: 'gate',
              stage: window.stage,
              to: window.closeGate.to,
              closesAt: window.closesAt,
              dueAt: new Date(closes).toISOString(),
            },
          ];
    const reminding = reminders?.stages.includes(window.stage) === true;
    const reminderJobs: CalendarJob[] = (reminding ? reminders.hoursBeforeClose : [])
      .map((hoursBefore) => ({ hoursBefore, due: closes - hoursBefore * HOUR_MS }))
      .filter(({ due }) => due > now.getTime() && due >= Date.parse(window.opensAt))
      .map(({ hoursBefore, due }) => ({
        ...base,
        id: reminderJobId(window.stage, hoursBefore),
        kind: 'reminder',
        stage: window.stage,
        hoursBefore,
        closesAt: window.closesAt,
        dueAt: new Date(due).toISOString(),
      }));
    return [...gate, ...reminderJobs];
  });
};
