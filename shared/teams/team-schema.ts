import * as z from 'zod';
import { freeText } from '../platform/text/free-text.ts';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { MAX_TEAM_MEMBERS } from '../catalogue/domain/config/teams-schema.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/** Staff choose a team's id (a slug such as `eco-drive`), so creating it with PUT is idempotent. */
export const teamIdSchema = localIdSchema;

const uniqueMembers = (
  input: { readonly members: readonly string[]; readonly mentor?: string | undefined },
  ctx: z.RefinementCtx,
): void => {
  const seen = new Set<string>();
  input.members.forEach((applicationId, index) => {
    if (seen.has(applicationId) || applicationId === input.mentor) {
      ctx.addIssue({
        code: 'custom',
        path: ['members', index],
        message: `The application ${applicationId} is listed twice`,
        params: {
          code: 'duplicate-member',
          message: { ru: `Заявка ${applicationId} указана дважды`, en: `The application ${applicationId} is listed twice` },
        },
      });
    }
    seen.add(applicationId);
  });
};

/** What staff send to create or replace a team: the whole team, with the version they read (0 to create). */
export const teamInputSchema = z
  .strictObject({
    name: freeText({ max: 120 }),
    /** Application ids of the members (pupils, tutors …), in the order staff list them. */
    members: z.array(applicationIdSchema).min(1).max(MAX_TEAM_MEMBERS),
    /** The application id of the mentor (an application of the season in the programme's mentor role). */
    mentor: applicationIdSchema.optional(),
    version: z.int().min(0),
  })
  .superRefine(uniqueMembers);
export type TeamInput = z.infer<typeof teamInputSchema>;

export const teamMemberSchema = z.strictObject({
  applicationId: applicationIdSchema,
  participantRole: localIdSchema.optional(),
});

/**
 * A project team of a season, as stored and as staff read it: members by application id (staff
 * open an application for the person behind it; a team holds no personal data itself).
 */
export const teamSchema = z.strictObject({
  seasonId: seasonIdSchema,
  id: teamIdSchema,
  name: z.string().max(120),
  members: z.array(teamMemberSchema).max(MAX_TEAM_MEMBERS),
  mentor: z.strictObject({ applicationId: applicationIdSchema }).optional(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  /** The staff member's subject who saved this version. */
  updatedBy: z.string().max(128),
  /** Starts at 1 and grows by one per accepted replacement (optimistic locking). */
  version: z.int().min(1),
});
export type Team = z.infer<typeof teamSchema>;

/**
 * A team as staff read it one at a time: with where each person stands now. A person who withdraws
 * or is not selected stays listed until staff change the team, so staff see it here.
 */
export const teamViewSchema = teamSchema.extend({
  stages: z
    .record(applicationIdSchema, localIdSchema)
    .describe('Each member’s and the mentor’s current stage, by application id (e.g. `withdrawn`).'),
});
export type TeamView = z.infer<typeof teamViewSchema>;

/** Everyone a team holds: its members and its mentor. Each holds the season's one membership guard. */
export const peopleOf = (team: {
  readonly members: readonly { readonly applicationId: string }[];
  readonly mentor?: { readonly applicationId: string } | undefined;
}): string[] => [...team.members.map((member) => member.applicationId), ...(team.mentor === undefined ? [] : [team.mentor.applicationId])];
