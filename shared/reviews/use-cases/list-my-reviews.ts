import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { myReviewOf, type MyReview } from '../review-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/** The caller's own assignments in a season, by rubric then application: an expert sees nothing else. */
export const listMyReviews = async (
  deps: Pick<ReviewDependencies, 'reviews'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<MyReview>> => {
  const found = await deps.reviews.ofExpert(identity.subject, seasonId, page);
  return { ...found, items: found.items.map(myReviewOf) };
};
