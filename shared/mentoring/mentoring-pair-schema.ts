import * as z from 'zod';
import { LANGUAGES } from '../applicants/domain/profile/profile-schema.ts';
import {
  applicationIdSchema,
  localIdSchema,
  programmeIdSchema,
  seasonIdSchema,
  subjectIdSchema,
  uuidSchema,
} from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { mentorIdSchema } from './mentor-profile-schema.ts';
import { MENTOR_TIERS, regionSchema } from './mentor-pool-schema.ts';

/** The most sessions one pair logs: weekly meetings over two years and more. */
export const MAX_SESSIONS_PER_PAIR = 100;

/**
 * Where a pair stands: `proposed` (matching or staff paired them; the mentor has not answered),
 * `agreed` (the mentor takes the project; the mentee is invited), `active` (the mentee accepted;
 * they meet and log sessions), `completed` (the mentor completed it), declined by either side
 * (the pair is freed: the mentor's place goes back, the mentee may be paired again or has left), or
 * `ended-by-staff` (a pair stuck on someone who stopped answering, or a mentor who dropped out).
 */
export const PAIR_STATUSES = [
  'proposed',
  'agreed',
  'active',
  'completed',
  'declined-by-mentor',
  'declined-by-mentee',
  'ended-by-staff',
] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];
export const LIVE_PAIR_STATUSES: readonly PairStatus[] = ['proposed', 'agreed', 'active', 'completed'];

export const pairIdSchema = uuidSchema;

/**
 * Why staff end a pair. The mentor's causes send the mentee back to wait for another mentor; the
 * others leave the application where it is, for staff to decide. Either way the two are never
 * paired again.
 */
export const PAIR_ENDING_CAUSES = ['mentor-unresponsive', 'mentor-withdrew', 'mentee-unresponsive', 'other'] as const;
export type PairEndingCause = (typeof PAIR_ENDING_CAUSES)[number];

export const pairEndingSchema = z.strictObject({
  cause: z.enum(PAIR_ENDING_CAUSES),
  note: freeText({ max: 1000, multiline: true }).optional().describe('What staff know of why; the pair’s mentor and mentee do not see it.'),
  /** The pair's status when staff ended it. */
  from: z.enum(['proposed', 'agreed', 'active']),
  by: subjectIdSchema,
  at: isoDateTime(),
});
export type PairEnding = z.infer<typeof pairEndingSchema>;

export const mentoringPairSchema = z.strictObject({
  id: pairIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  mentorId: mentorIdSchema,
  /** The mentor's tier when the pair was proposed. */
  tier: z.enum(MENTOR_TIERS),
  status: z.enum(PAIR_STATUSES),
  /** `matching`, or the staff member who paired them by hand. */
  proposedBy: subjectIdSchema,
  /** Where the mentor stood among the mentee's choices in the matching (1 = the best fit); absent for a pair made by hand. */
  choiceRank: z.int().min(1).max(10_000).optional(),
  proposedAt: isoDateTime(),
  agreedAt: isoDateTime().optional(),
  acceptedAt: isoDateTime().optional(),
  completedAt: isoDateTime().optional(),
  declinedAt: isoDateTime().optional(),
  declineReason: freeText({ max: 1000, multiline: true }).optional(),
  ending: pairEndingSchema.optional().describe('Set when staff ended the pair.'),
  sessions: z.int().min(0).max(MAX_SESSIONS_PER_PAIR),
  minutes: z
    .int()
    .min(0)
    .max(MAX_SESSIONS_PER_PAIR * 480)
    .describe('The logged sessions’ minutes in all.'),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type MentoringPair = z.infer<typeof mentoringPairSchema>;

/** What a mentor sees of a mentee: the name and project; the address once the mentee accepted (to agree time and format). */
export const menteeOfPairSchema = z.strictObject({
  name: freeText({ max: 400 }).optional().describe('Absent if the applicant erased their profile.'),
  region: regionSchema.optional(),
  language: z.enum(LANGUAGES),
  projectDescription: freeText({ max: 20_000, multiline: true, trim: false }).optional(),
  /** The project's spheres as the application answered the season's sphere question. */
  spheres: z.array(localIdSchema).max(50),
  email: z.email().max(254).optional().describe('Once the mentee has accepted the invitation.'),
});

export const mentorPairViewSchema = z.strictObject({ ...mentoringPairSchema.shape, mentee: menteeOfPairSchema });
export type MentorPairView = z.infer<typeof mentorPairViewSchema>;

/** What the mentee sees of their mentor, once the mentor has agreed. */
export const mentorOfPairSchema = z.strictObject({
  displayName: freeText({ max: 200 }),
  bio: freeText({ max: 1000, multiline: true }).optional(),
  spheres: z.array(localIdSchema).max(20),
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length),
  region: regionSchema.optional(),
});

export const menteePairViewSchema = z.strictObject({
  pairId: pairIdSchema,
  status: z.enum(PAIR_STATUSES),
  mentor: mentorOfPairSchema.optional().describe('Once the mentor has agreed.'),
  agreedAt: isoDateTime().optional(),
  acceptedAt: isoDateTime().optional(),
  completedAt: isoDateTime().optional(),
  sessions: z.int().min(0).max(MAX_SESSIONS_PER_PAIR),
});
export type MenteePairView = z.infer<typeof menteePairViewSchema>;

export const pairByHandInputSchema = z.strictObject({ applicationId: applicationIdSchema, mentorId: mentorIdSchema });
export type PairByHandInput = z.infer<typeof pairByHandInputSchema>;

export const proposalResponseInputSchema = z.strictObject({
  decision: z.enum(['agree', 'decline']),
  reason: freeText({ max: 1000, multiline: true }).optional().describe('Why the mentor declines; staff see it.'),
});
export type ProposalResponseInput = z.infer<typeof proposalResponseInputSchema>;

export const invitationResponseInputSchema = z.strictObject({
  decision: z.enum(['accept', 'decline']).describe('Declining the invitation is the mentee’s withdrawal from the programme.'),
});
export type InvitationResponseInput = z.infer<typeof invitationResponseInputSchema>;

export const pairEndingInputSchema = z.strictObject({
  cause: z.enum(PAIR_ENDING_CAUSES),
  note: pairEndingSchema.shape.note,
  version: z.int().min(1).describe('The pair’s version as read: a pair that moved since answers 409 version-conflict.'),
});
export type PairEndingInput = z.infer<typeof pairEndingInputSchema>;
