import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { reviewSubmitted } from '../review-errors.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { staffedSubject } from './review-subject-access.ts';

/** Staff withdraw an assignment whose review is not submitted; the expert's capacity comes back. */
export const unassignReviewer = async (
  deps: Pick<ReviewDependencies, 'subjects' | 'staffedSeasons' | 'reviews'>,
  identity: Identity,
  target: { readonly applicationId: string; readonly rubricId: string; readonly expertId: string },
): Promise<void> => {
  const { application } = await staffedSubject(deps, identity, target.applicationId);
  const outcome = await deps.reviews.unassign({ ...target, seasonId: application.seasonId });
  if (outcome === 'absent') throw notFound('assignment');
  if (outcome === 'submitted') throw reviewSubmitted();
};
