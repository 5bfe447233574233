import * as z from 'zod';
import { emailSchema, e164PhoneSchema } from '../applicants/domain/profile/contacts-schema.ts';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { descriptionSchema, nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { PARTNER_ORGANISATION_KINDS, partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { localIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDate, isoDateTime } from '../platform/time/iso-date-time.ts';

/** Hosts (or staff for them) choose an offer's id (`minek-analyst-2026`), so creating it with PUT is idempotent; ids are season-wide. */
export const internshipOfferIdSchema = localIdSchema;

/** How the internship is held: at the host's premises, remotely, or partly each. */
export const INTERNSHIP_FORMATS = ['in-person', 'remote', 'hybrid'] as const;

/**
 * draft: the host prepares it; submitted: waiting for staff's review; approved: applicants see and
 * rank it; returned: staff sent it back with a reason (edit and submit again); withdrawn: the host or
 * staff closed it for good (kept, so choices and rankings that named it still read).
 */
export const INTERNSHIP_OFFER_STATUSES = ['draft', 'submitted', 'approved', 'returned', 'withdrawn'] as const;
export type InternshipOfferStatus = (typeof INTERNSHIP_OFFER_STATUSES)[number];

export const MAX_OFFER_SEATS = 500;

/** Who acted, by their `sub` (a Cognito user's UUID; the local issuer's demo ids): printable ASCII, no spaces. */
export const actorSubjectSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Someone at the host applicants may write to about the offer. */
export const offerContactSchema = z.strictObject({
  name: freeText({ max: 200 }),
  email: emailSchema,
  phone: e164PhoneSchema.optional(),
});

const offerFields = {
  hostOrganisation: partnerOrganisationIdSchema.describe('The registered partner organisation that hosts the intern.'),
  level: localIdSchema.describe('One of the programme’s internship levels that a stage takes offers of.'),
  region: regionCodeSchema
    .optional()
    .describe(
      'Where it happens: required for a regional level, and the host’s own region where the host has one; a federal offer may name it (77 for a ministry in Moscow).',
    ),
  city: freeText({ max: 120 }).optional(),
  title: nameSchema,
  description: descriptionSchema,
  tracks: z.array(localIdSchema).min(1).max(10).optional().describe('The tracks whose applicants may rank it; absent: every track.'),
  seats: z.int().min(1).max(MAX_OFFER_SEATS),
  startsOn: isoDate(),
  endsOn: isoDate(),
  weeks: z.int().min(1).max(52).describe('How long each intern stays, within the level’s bounds; it fits between the dates.'),
  format: z.enum(INTERNSHIP_FORMATS),
  contact: offerContactSchema.optional(),
};

const issue = (ctx: z.RefinementCtx, path: string, code: string, message: { ru: string; en: string }): void => {
  ctx.addIssue({ code: 'custom', path: [path], message: message.en, params: { code, message } });
};

/** Dates in order, the stay fits between them, and no track listed twice. */
const checkOffer = (offer: z.infer<z.ZodObject<typeof offerFields>>, ctx: z.RefinementCtx): void => {
  const days = (Date.parse(offer.endsOn) - Date.parse(offer.startsOn)) / DAY_MS + 1;
  if (days < 1) issue(ctx, 'endsOn', 'bad-order', { ru: 'Окончание не раньше начала', en: 'Ends on or after the start' });
  else if (offer.weeks * 7 > days) {
    issue(ctx, 'weeks', 'longer-than-dates', {
      ru: `Стажировка на ${offer.weeks} нед. не помещается между датами (${days} дн.)`,
      en: `A stay of ${offer.weeks} weeks does not fit between the dates (${days} days)`,
    });
  }
  if (offer.tracks !== undefined && new Set(offer.tracks).size !== offer.tracks.length) {
    issue(ctx, 'tracks', 'duplicate-track', { ru: 'Трек указан дважды', en: 'A track is listed twice' });
  }
};

/** What a host (or staff for it) sends to create or replace an offer, with the version read (0 to create). */
export const internshipOfferInputSchema = z
  .strictObject({ ...offerFields, version: z.int().min(0).describe('The version you read; 0 to create.') })
  .superRefine(checkOffer);
export type InternshipOfferInput = z.infer<typeof internshipOfferInputSchema>;

/** The facts of an offer as hosts write them (no status, no version). */
export type InternshipOfferContent = Omit<InternshipOfferInput, 'version'>;

/** An internship offer as stored and as staff and its host's people read it. */
export const internshipOfferSchema = z.strictObject({
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  id: internshipOfferIdSchema,
  ...offerFields,
  /** The host's name and kind as the registry had them at the last save, so lists need no second read. */
  hostName: nameSchema,
  hostKind: z.enum(PARTNER_ORGANISATION_KINDS),
  status: z.enum(INTERNSHIP_OFFER_STATUSES),
  /** Why staff returned it, or why it was withdrawn. */
  statusReason: freeText({ max: 2000, multiline: true }).optional(),
  /** Who last changed the status (a staff member's or a host person's subject). */
  statusBy: actorSubjectSchema.optional(),
  statusAt: isoDateTime().optional(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type InternshipOffer = z.infer<typeof internshipOfferSchema>;

/**
 * The seats an offer's placements take, kept on the offer by the placements' own transactions (an
 * offer's save never writes them): `held` by every placement offered and not declined or expired
 * (accepted, started and finished ones too), and of them `accepted`.
 */
export interface OfferSeatCounts {
  readonly held: number;
  readonly accepted: number;
}

/** An offer as the store reads it: its content and its placements' seat counters. */
export type CountedOffer = InternshipOffer & OfferSeatCounts;

/** An offer as its host's people and staff read it: the offer, and how its seats are taken. */
export const internshipOfferViewSchema = internshipOfferSchema.extend({
  held: z
    .int()
    .min(0)
    .describe(
      'Seats held by placements: offered and waiting for an answer, accepted, started or finished (a declined or expired one gives its seat back).',
    ),
  accepted: z.int().min(0).describe('Of the held seats, those whose applicant accepted.'),
  freeSeats: z.int().min(0).describe('Seats a later matching round can still offer: `seats` less `held`.'),
});
export type InternshipOfferView = z.infer<typeof internshipOfferViewSchema>;

/** Seats no placement holds (never below 0, even for an offer whose seats were cut before the store refused such a cut). */
export const freeSeatsOf = (offer: Pick<CountedOffer, 'seats' | 'held'>): number => Math.max(0, offer.seats - offer.held);

export const toInternshipOfferView = (offer: CountedOffer): InternshipOfferView => ({ ...offer, freeSeats: freeSeatsOf(offer) });

/** A status change: the version read, and a reason where the change needs one. */
export const offerStatusInputSchema = z.strictObject({ version: z.int().min(1) });
export const offerReasonInputSchema = z.strictObject({
  version: z.int().min(1),
  reason: freeText({ min: 3, max: 2000, multiline: true }),
});
export const offerWithdrawalInputSchema = z.strictObject({
  version: z.int().min(1),
  reason: freeText({ min: 3, max: 2000, multiline: true }).optional(),
});

/**
 * What an applicant sees of an offer they may rank: the host and the internship, not the review,
 * and whether a seat is still free, so that a later round's ranking (a handful of places) is not
 * spent on an offer whose seats are all taken. Not how many: other applicants' offers and answers
 * are no one else's business.
 */
export const internshipOptionSchema = internshipOfferSchema
  .pick({
    id: true,
    hostOrganisation: true,
    hostName: true,
    hostKind: true,
    level: true,
    region: true,
    city: true,
    title: true,
    description: true,
    tracks: true,
    seats: true,
    startsOn: true,
    endsOn: true,
    weeks: true,
    format: true,
    contact: true,
  })
  .extend({
    hasFreeSeats: z
      .boolean()
      .describe(
        'Whether some seat is not held by a placement now. In a later round an offer without one places nobody, unless a seat comes back before the round (an offer declined or left unanswered).',
      ),
  });
export type InternshipOption = z.infer<typeof internshipOptionSchema>;

export const toInternshipOption = (offer: CountedOffer): InternshipOption => {
  const {
    seasonId: _s,
    programmeId: _p,
    status: _st,
    statusReason: _r,
    statusBy: _b,
    statusAt: _a,
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    held: _held,
    accepted: _accepted,
    ...option
  } = offer;
  return { ...option, hasFreeSeats: freeSeatsOf(offer) > 0 };
};
