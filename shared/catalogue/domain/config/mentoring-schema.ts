import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { nameSchema } from './localised-text.ts';

/** The most mentors one tier of a season's pool holds: Объединение наставников aims at 500 in all. */
export const MAX_POOL_TIER_SIZE = 5000;

/** The most mentees one mentor takes in a season: a mentoring session and a letter each. */
export const MAX_MENTEES_PER_MENTOR = 20;

/** A sphere mentors declare and projects are matched on (social projects, technology …). */
export const mentoringSphereSchema = z.strictObject({ id: localIdSchema, name: nameSchema });
export type MentoringSphere = z.infer<typeof mentoringSphereSchema>;

/**
 * A programme's mentoring. Every season keeps a pool of mentors in two tiers, `main` places and a
 * `reserve` that matching turns to only once the main tier is full or unfit. `stages` names the
 * pipeline's pairing stages (Объединение наставников: the mentor agrees, the mentee accepts the
 * invitation, they meet, the mentor completes); a programme without them keeps a pool without
 * pairs (Кадры будущего, whose mentors apply as participants and lead teams: `participantRole`
 * ties the pool's sizes to that role's capacity).
 */
export const mentoringSchema = z.strictObject({
  pool: z.strictObject({
    main: z.int().min(1).max(MAX_POOL_TIER_SIZE),
    reserve: z.int().min(0).max(MAX_POOL_TIER_SIZE),
  }),
  /** Mentees a mentor takes in a season when staff place them without saying otherwise. */
  mentorCapacity: z.int().min(1).max(MAX_MENTEES_PER_MENTOR),
  /** The spheres mentors declare; absent: the programme's `expertCompetences` (the experts evaluate projects in the same terms). */
  spheres: z.array(mentoringSphereSchema).min(1).max(50).optional(),
  /** The season's question (a choice among the spheres' ids) whose answer names a project's spheres for matching. */
  sphereQuestion: localIdSchema.optional(),
  /** The rubric whose score ranks mentees for a mentor in matching (the project evaluation); absent: no ranking by score. */
  rankingRubric: localIdSchema.optional(),
  /** Where mentors are also recruited as participants in that role: its capacity and the pool's sizes are one number. */
  participantRole: localIdSchema.optional(),
  stages: z
    .strictObject({
      /** Mentees wait here for a mentor's agreement (kind `agreement`); the mentor's agreement moves them on. */
      agreement: localIdSchema,
      /** The mentee accepts or declines the invitation here (kind `agreement`). */
      invitation: localIdSchema,
      /** The pair meets here and logs its sessions (kind `mentoring`). */
      session: localIdSchema,
      /** The mentor's completion moves the mentee here (kind `summing-up`). */
      summingUp: localIdSchema,
    })
    .optional(),
});
export type MentoringSettings = z.infer<typeof mentoringSchema>;
export type MentoringStages = NonNullable<MentoringSettings['stages']>;

/** The spheres a programme's mentors declare: its own list, else its expert competences. */
export const mentoringSpheres = (settings: {
  readonly mentoring?: MentoringSettings | undefined;
  readonly expertCompetences?: readonly MentoringSphere[] | undefined;
}): readonly MentoringSphere[] => settings.mentoring?.spheres ?? settings.expertCompetences ?? [];
