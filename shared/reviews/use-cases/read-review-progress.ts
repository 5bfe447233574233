import type { Identity } from '../../platform/auth/identity.ts';
import type { ReviewProgress } from '../review-progress-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/**
 * A season's review progress per rubric, for staff of its programme: the pool members' per-rubric
 * counters (kept in the same transactions as the reviews they count) summed, so the whole season is
 * a Query of its pool, a page per 100 experts, never a read of its reviews.
 */
export const readReviewProgress = async (
  deps: Pick<ReviewDependencies, 'pool' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
): Promise<ReviewProgress> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const members = await deps.pool.all(seasonId);
  return {
    seasonId,
    rubrics: programme.settings.reviewRubrics.map((rubric) => ({
      rubricId: rubric.id,
      stage: rubric.stage,
      assigned: members.reduce((total, member) => total + (member.assignedByRubric[rubric.id] ?? 0), 0),
      submitted: members.reduce((total, member) => total + (member.submittedByRubric[rubric.id] ?? 0), 0),
      experts: members.filter((member) => (member.assignedByRubric[rubric.id] ?? 0) > 0).length,
    })),
    pool: {
      experts: members.length,
      capacity: members.reduce((total, member) => total + member.capacity, 0),
      load: members.reduce((total, member) => total + member.load, 0),
    },
  };
};
