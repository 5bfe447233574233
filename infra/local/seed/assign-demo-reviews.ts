import { wiring as applicationsWiring } from '../../../functions/applications/wiring.ts';
import { wiring as reviewsWiring } from '../../../functions/reviews/wiring.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { assignReviewer } from '../../../shared/reviews/use-cases/assign-reviewer.ts';
import { DEMO_PEOPLE } from '../demo-people.ts';
import { identityOf } from './seed-demo-experts.ts';

/**
 * Refusals the demo takes as they come: a later start meets the assignments an earlier one made,
 * and the assignment rules turn some pairs down (an English application and an expert who reviews
 * in Russian only, a conflict of interest, a start on data kept past the evaluation's deadline),
 * as they would for staff.
 */
const ACCEPTED_REFUSALS = new Set([
  'already-assigned',
  'conflict-of-interest',
  'expert-at-capacity',
  'expert-not-in-pool',
  'expert-not-qualified',
  'expert-unavailable',
  'not-at-rubric-stage',
  'reviewers-full',
  'review-locked',
]);

/**
 * In Объединение наставников both demo experts are assigned to the first projects waiting for the
 * expert evaluation, so an expert's token finds work on the first start. Idempotent: an assignment
 * an earlier start made is refused as already made.
 */
export const assignDemoReviews = async (seasonIds: readonly string[], staffSub: string): Promise<{ readonly assigned: number }> => {
  const deps = reviewsWiring().reviews;
  const staff = identityOf(staffSub, ['staff'], undefined);
  const experts = DEMO_PEOPLE.filter((person) => person.role === 'expert');
  const mentoringSeason = seasonIds.find((id) => id.startsWith('obedinenie-nastavnikov'));
  if (mentoringSeason === undefined) return { assigned: 0 };
  const { items } = await applicationsWiring().applications.applications.listForSeason(
    { seasonId: mentoringSeason, stage: 'expert-evaluation' },
    { limit: 4 },
  );
  let assigned = 0;
  for (const application of items)
    for (const expert of experts) {
      try {
        await assignReviewer(deps, staff, { applicationId: application.id, rubricId: 'project-evaluation', expertId: expert.sub }, {});
        assigned += 1;
      } catch (error) {
        if (!isAppError(error) || !ACCEPTED_REFUSALS.has(error.code)) throw error;
      }
    }
  return { assigned };
};
