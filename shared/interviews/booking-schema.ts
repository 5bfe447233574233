import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { localIdSchema, programmeIdSchema, seasonIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { interviewEventIdSchema, interviewEventSchema } from './interview-event-schema.ts';

/**
 * A booking's life: booked (moved as often as the deadline allows), cancelled by the applicant,
 * then at the event attended or recorded as a no-show by the panel or staff.
 */
export const BOOKING_STATUSES = ['booked', 'cancelled', 'attended', 'no-show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** An application's booking in one interview stage (one per stage: the key is the application and the stage). */
export const interviewBookingSchema = z.strictObject({
  applicationId: applicationIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  stage: localIdSchema,
  eventId: interviewEventIdSchema,
  status: z.enum(BOOKING_STATUSES),
  bookedAt: isoDateTime(),
  /** Who recorded attendance or a no-show, and when. */
  attendance: z.strictObject({ by: subjectIdSchema, at: isoDateTime() }).optional(),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type InterviewBooking = z.infer<typeof interviewBookingSchema>;

/** The applicant's view of their booking: the booking and the event it is for (with the call link, once booked). */
export const myInterviewSchema = z.strictObject({
  booking: interviewBookingSchema.omit({ attendance: true }),
  event: interviewEventSchema.pick({
    id: true,
    stage: true,
    format: true,
    title: true,
    federalDistrict: true,
    city: true,
    venue: true,
    videoCallUrl: true,
    startsAt: true,
    endsAt: true,
    bookingClosesAt: true,
    status: true,
  }),
});
export type MyInterview = z.infer<typeof myInterviewSchema>;

export const bookInterviewInputSchema = z.strictObject({
  eventId: interviewEventIdSchema,
  version: z.int().min(0).describe('0 to book; to move a booking, the version of the booking you read.'),
});
export type BookInterviewInput = z.infer<typeof bookInterviewInputSchema>;

export const cancelInterviewQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).max(1_000_000).describe('The version of the booking you read.'),
});

export const ATTENDANCE_OUTCOMES = ['attended', 'no-show'] as const;
export const attendanceInputSchema = z.strictObject({
  outcome: z.enum(ATTENDANCE_OUTCOMES).describe('`attended` opens the panel’s scorecards; `no-show` records the absence.'),
});
export type AttendanceInput = z.infer<typeof attendanceInputSchema>;

/** One line of an event's roster: who is booked (the panel checks people in by name) and how it went. */
export const rosterEntrySchema = z.strictObject({
  applicationId: applicationIdSchema,
  name: z.string().max(400).optional().describe('The applicant’s name from their profile, to check them in.'),
  track: localIdSchema.optional(),
  status: z.enum(BOOKING_STATUSES),
  bookedAt: isoDateTime(),
  attendance: z.strictObject({ by: subjectIdSchema, at: isoDateTime() }).optional(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** What recording attendance did: the booking, and the panel members whose scorecards opened or were held back (and why). */
export const attendanceResultSchema = z.strictObject({
  booking: interviewBookingSchema,
  scorecards: z
    .array(
      z.strictObject({
        panelMember: subjectIdSchema,
        outcome: z.enum(['opened', 'already-open', 'conflict-of-interest']),
      }),
    )
    .max(10),
});
export type AttendanceResult = z.infer<typeof attendanceResultSchema>;
