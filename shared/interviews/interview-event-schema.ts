import * as z from 'zod';
import { FEDERAL_DISTRICT_IDS } from '../applicants/domain/profile/federal-districts.ts';
import { localIdSchema, programmeIdSchema, seasonIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/** Staff choose an event's id (`msk-2026-10-05-am`), so creating it with PUT is idempotent. */
export const interviewEventIdSchema = localIdSchema;

/**
 * How an interview is held: in person at a venue of a federal district, live over a video call,
 * or as a recorded self-presentation the panel watches (ПроКадры's online interview is the
 * applicant's video of up to five minutes, already uploaded and verified).
 */
export const INTERVIEW_FORMATS = ['offline', 'online', 'recorded'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const MAX_EVENT_CAPACITY = 2000;
export const MAX_PANEL_SIZE = 10;

/** A partner organisation's id as its people's `custom:organisation` claim carries it. */
export const organisationIdSchema = z
  .string()
  .regex(/^[\w.-]{1,64}$/)
  .meta({ maxLength: 64 });

const httpsUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain })
  .max(400)
  .describe('The video-call link (https).');

const eventFields = {
  stage: localIdSchema.describe('The interview stage of the programme this event serves.'),
  rubricId: localIdSchema.describe('The rubric the panel scores with; one of that stage’s rubrics.'),
  format: z.enum(INTERVIEW_FORMATS),
  title: freeText({ max: 200 }).optional(),
  federalDistrict: z.enum(FEDERAL_DISTRICT_IDS).optional().describe('Offline events: the district whose applicants book it.'),
  city: freeText({ max: 120 }).optional(),
  venue: freeText({ max: 400 }).optional(),
  videoCallUrl: httpsUrl.optional(),
  videoRequirement: localIdSchema
    .optional()
    .describe('Recorded events: the document requirement (a video self-presentation) an applicant must have verified to book.'),
  startsAt: isoDateTime({ offset: true }),
  endsAt: isoDateTime({ offset: true }),
  bookingClosesAt: isoDateTime({ offset: true }).describe('Booking, moving and cancelling end here.'),
  capacity: z.int().min(1).max(MAX_EVENT_CAPACITY),
  panel: z
    .array(subjectIdSchema)
    .min(1)
    .max(MAX_PANEL_SIZE)
    .describe('Who interviews and scores: experts of the season’s pool, or the owning organisation’s people.'),
  ownerOrganisation: organisationIdSchema
    .optional()
    .describe(
      'A federal ministry of the partner registry (not retired) whose people run and score this event; absent for the programme’s own.',
    ),
};

const required = (ctx: z.RefinementCtx, field: string, format: InterviewFormat): void => {
  ctx.addIssue({
    code: 'custom',
    path: [field],
    message: `Required for ${format} events`,
    params: { code: 'required', message: { ru: `Обязательно для формата ${format}`, en: `Required for ${format} events` } },
  });
};

const misplaced = (ctx: z.RefinementCtx, field: string, format: InterviewFormat): void => {
  ctx.addIssue({
    code: 'custom',
    path: [field],
    message: `Not used by ${format} events`,
    params: { code: 'not-for-format', message: { ru: `Не используется для формата ${format}`, en: `Not used by ${format} events` } },
  });
};

const beforeOrAt = (ctx: z.RefinementCtx, field: string, earlier: string, later: string, message: { ru: string; en: string }) => {
  if (Date.parse(earlier) > Date.parse(later))
    ctx.addIssue({ code: 'custom', path: [field], message: message.en, params: { code: 'bad-order', message } });
};

/** What each format needs, and times in order: booking closes by the start, the start before the end. */
const checkEvent = (event: z.infer<z.ZodObject<typeof eventFields>>, ctx: z.RefinementCtx): void => {
  const byFormat: Readonly<Record<InterviewFormat, readonly (keyof typeof eventFields)[]>> = {
    offline: ['federalDistrict', 'city', 'venue'],
    online: ['videoCallUrl'],
    recorded: ['videoRequirement'],
  };
  for (const field of byFormat[event.format]) if (event[field] === undefined) required(ctx, field, event.format);
  for (const [format, fields] of Object.entries(byFormat) as [InterviewFormat, readonly (keyof typeof eventFields)[]][]) {
    if (format === event.format) continue;
    for (const field of fields) if (event[field] !== undefined) misplaced(ctx, field, event.format);
  }
  if (new Set(event.panel).size !== event.panel.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['panel'],
      message: 'A panel member is listed twice',
      params: { code: 'duplicate-member', message: { ru: 'Член комиссии указан дважды', en: 'A panel member is listed twice' } },
    });
  }
  beforeOrAt(ctx, 'bookingClosesAt', event.bookingClosesAt, event.startsAt, {
    ru: 'Запись закрывается не позже начала',
    en: 'Booking closes no later than the start',
  });
  if (Date.parse(event.startsAt) >= Date.parse(event.endsAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      message: 'Ends after it starts',
      params: { code: 'bad-order', message: { ru: 'Окончание позже начала', en: 'Ends after it starts' } },
    });
  }
};

/** What staff send to create or replace an event, with the version they read (0 to create). */
export const interviewEventInputSchema = z
  .strictObject({ ...eventFields, version: z.int().min(0).describe('The version you read; 0 to create.') })
  .superRefine(checkEvent);
export type InterviewEventInput = z.infer<typeof interviewEventInputSchema>;

export const INTERVIEW_EVENT_STATUSES = ['scheduled', 'cancelled'] as const;

/** An interview event as stored and as staff, partners and panels read it. */
export const interviewEventSchema = z.strictObject({
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  id: interviewEventIdSchema,
  ...eventFields,
  status: z.enum(INTERVIEW_EVENT_STATUSES),
  /** Live bookings; the write that books holds `booked <= capacity`. */
  booked: z.int().min(0),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type InterviewEvent = z.infer<typeof interviewEventSchema>;

/** Where an event sits in the season's list: its district, or `online` / `recorded`. */
export const eventPlace = (event: Pick<InterviewEvent, 'format' | 'federalDistrict'>): string =>
  event.format === 'offline' ? (event.federalDistrict ?? 'offline') : event.format;

/** What an applicant sees of an event they may book: where, when, seats left; not the panel. */
export const interviewOptionSchema = interviewEventSchema
  .pick({
    id: true,
    stage: true,
    format: true,
    title: true,
    federalDistrict: true,
    city: true,
    venue: true,
    startsAt: true,
    endsAt: true,
    bookingClosesAt: true,
  })
  .extend({ seatsLeft: z.int().min(0) });
export type InterviewOption = z.infer<typeof interviewOptionSchema>;
