import * as z from 'zod';
import { localIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { uuidSchema } from '../platform/identifiers/identifiers.ts';

/**
 * Something the season calendar does by itself at a time: run a window's closing gate, or remind
 * the applications still in a window's stage some hours before it closes. Written when the season
 * opens, one item per action; the calendar tick claims each when due.
 *
 * pending: waiting (or retried: a busy gate, a fault); claimed: a tick is working on it until
 * `claimedUntil` (after that another tick may take it over); done: never runs again.
 */
export const CALENDAR_JOB_STATUSES = ['pending', 'claimed', 'done'] as const;
export const CALENDAR_JOB_KINDS = ['gate', 'reminder'] as const;
/**
 * started: its gate (or reminder) run started, see `gateRunId`; gate-busy: another run of the gate
 * was working, tried again on a later tick; refused: the pipeline no longer allows it (`detail`
 * has the code); skipped: nothing to do (e.g. the season closed); error: a fault, tried again.
 */
export const CALENDAR_JOB_OUTCOMES = ['started', 'gate-busy', 'refused', 'skipped', 'error'] as const;
export type CalendarJobOutcome = (typeof CALENDAR_JOB_OUTCOMES)[number];

export const calendarJobIdSchema = z
  .string()
  .regex(/^(gate|reminder)-[a-z0-9-]+$/)
  .max(80);

/** A season's jobs: each of its at most 40 windows has a closing gate and up to 5 reminders. */
export const MAX_CALENDAR_JOBS = 40 * 6;

export const calendarJobSchema = z.strictObject({
  id: calendarJobIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  kind: z.enum(CALENDAR_JOB_KINDS),
  /** The window's stage: the gate's `from`, or the stage whose applications are reminded. */
  stage: localIdSchema,
  /** The gate's `to` (kind gate). */
  to: localIdSchema.optional(),
  /** Hours before the window closes (kind reminder). */
  hoursBefore: z.int().min(1).optional(),
  /** When the window closes, as the season's calendar says. */
  closesAt: isoDateTime({ offset: true }),
  /** When the job is due, in UTC (it orders the due index). */
  dueAt: isoDateTime(),
  status: z.enum(CALENDAR_JOB_STATUSES),
  /** Claims so far; also the fence a claimer's later writes are conditional on. */
  attempts: z.int().min(0),
  claimedUntil: isoDateTime().optional(),
  outcome: z.enum(CALENDAR_JOB_OUTCOMES).optional(),
  /** A refusal's code or a fault's error name: never an applicant's data. */
  detail: z.string().max(200).optional(),
  gateRunId: uuidSchema.optional(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  doneAt: isoDateTime().optional(),
});
export type CalendarJob = z.infer<typeof calendarJobSchema>;

/** What a claimer reports when it lets go of a job: done for good, or back to pending for a later tick. */
export interface CalendarJobResult {
  readonly outcome: CalendarJobOutcome;
  readonly detail?: string | undefined;
  readonly gateRunId?: string | undefined;
}
