import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { addProblems } from '../validation/add-problems.ts';
import { problem } from '../validation/config-problem.ts';

/**
 * The most offers an applicant may rank. Saving the ranking is one DynamoDB transaction (≤ 100
 * actions): the preferences item, a check of the application's stage, and for every choice a Put
 * of its entry in the offer's candidate pool plus a Delete for every choice dropped; 20 choices
 * replaced by 20 others is 2 + 20 + 20 = 42.
 */
export const MAX_INTERNSHIP_PREFERENCES = 20;

/**
 * Which stage takes offers of which internship level, and for whom: a stage may take several
 * levels, and a level may be open at a stage to some tracks or participant roles only (ПроКадры's
 * PRO finalists may take a regional internship in another region during the federal stage;
 * Кадры будущего's trials are for pupils and tutors, not for the mentors in the same stage).
 */
export const internshipOfferStageSchema = z.strictObject({
  stage: localIdSchema,
  level: localIdSchema,
  /** Absent: every track; else only applications on one of these tracks rank this level's offers at this stage. */
  tracks: z.array(localIdSchema).min(1).max(10).optional(),
  /** Absent: every participant role; else only these roles. */
  participantRoles: z.array(localIdSchema).min(1).max(10).optional(),
});
export type InternshipOfferStage = z.infer<typeof internshipOfferStageSchema>;

/**
 * Internship offers, applicants' preferences and hosts' rankings (shared/internships): which
 * stages take offers of which levels, how many offers an applicant ranks, whether a regional
 * offer is only for applicants of its region (and which tracks may go elsewhere), and how many
 * days a placed applicant has to accept an offer made to them.
 */
export const internshipsSchema = z
  .strictObject({
    offerStages: z.array(internshipOfferStageSchema).min(1).max(20),
    maxPreferences: z.int().min(1).max(MAX_INTERNSHIP_PREFERENCES),
    /**
     * Present: an offer of a regional-scope level is listed only to applicants of the offer's
     * region, except those on `exceptTracks` (ПроКадры: beginners intern in their own region, PRO
     * anywhere). Absent: regional offers are open to applicants of any region.
     */
    ownRegionOnly: z.strictObject({ exceptTracks: z.array(localIdSchema).max(10) }).optional(),
    /** Days an applicant has to accept or decline a placement offered to them. */
    acceptanceDays: z.int().min(1).max(60),
  })
  .superRefine((internships, ctx) => {
    const seen = new Set<string>();
    addProblems(
      ctx,
      internships.offerStages.flatMap((entry, i) => {
        const pair = `${entry.stage}#${entry.level}`;
        const repeated = seen.has(pair);
        seen.add(pair);
        return repeated
          ? [
              problem(
                ['offerStages', i],
                'duplicate-offer-stage',
                `Уровень «${entry.level}» уже указан для этапа «${entry.stage}»`,
                `The level "${entry.level}" is already listed for the stage "${entry.stage}"`,
              ),
            ]
          : [];
      }),
    );
  });
export type InternshipsSettings = z.infer<typeof internshipsSchema>;
