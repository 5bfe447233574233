import * as z from 'zod';
import { LANGUAGES } from '../applicants/domain/profile/profile-schema.ts';
import { MAX_MENTEES_PER_MENTOR, MAX_POOL_TIER_SIZE } from '../catalogue/domain/config/mentoring-schema.ts';
import { localIdSchema, seasonIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { mentorIdSchema } from './mentor-profile-schema.ts';

/** A season's pool has main places and a reserve matching turns to once the main tier is full or unfit. */
export const MENTOR_TIERS = ['main', 'reserve'] as const;
export type MentorTier = (typeof MENTOR_TIERS)[number];

/** A subject of the Russian Federation by its two-digit code, as the records the views are made of hold it. */
export const regionSchema = z
  .string()
  .regex(/^\d{2}$/)
  .meta({ maxLength: 2 });

export const mentorPlacementInputSchema = z.strictObject({
  tier: z.enum(MENTOR_TIERS),
  capacity: z
    .int()
    .min(1)
    .max(MAX_MENTEES_PER_MENTOR)
    .optional()
    .describe('Mentees the mentor takes in the season; absent: the programme’s `mentoring.mentorCapacity`, at most the mentor’s own.'),
});
export type MentorPlacementInput = z.infer<typeof mentorPlacementInputSchema>;

/**
 * A mentor in a season's pool: what staff set (tier, capacity), what pairing uses (load: the pairs
 * proposed, agreed, active or completed; a declined pair gives its place back), and the profile
 * facts matching reads, as the mentor's profile said when staff last placed them.
 */
export const mentorPoolMemberSchema = z.strictObject({
  seasonId: seasonIdSchema,
  mentorId: mentorIdSchema,
  tier: z.enum(MENTOR_TIERS),
  displayName: freeText({ max: 200 }),
  spheres: z.array(localIdSchema).max(20),
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length),
  region: regionSchema.optional(),
  capacity: z.int().min(1).max(MAX_MENTEES_PER_MENTOR),
  load: z.int().min(0).max(MAX_MENTEES_PER_MENTOR).describe('Mentees paired with the mentor in the season (declined pairs not counted).'),
  addedBy: subjectIdSchema.describe('The staff member who first placed the mentor.'),
  addedAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type MentorPoolMember = z.infer<typeof mentorPoolMemberSchema>;

const tierCount = z.strictObject({
  size: z.int().min(0).max(MAX_POOL_TIER_SIZE).describe('Places in the tier, from the programme’s `mentoring.pool`.'),
  placed: z.int().min(0).max(MAX_POOL_TIER_SIZE),
});

/** How full each tier of a season's pool is. */
export const poolTiersSchema = z.strictObject({ main: tierCount, reserve: tierCount });
export type PoolTiers = z.infer<typeof poolTiersSchema>;

export const mentorPoolPageSchema = z.strictObject({
  tiers: poolTiersSchema,
  items: z.array(mentorPoolMemberSchema).max(100),
  nextCursor: nextCursorSchema(),
});
