import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'reviews'>>('reviews', {
  'GET /me/expert-profile': () => import('./get-my-expert-profile.ts').then((module) => module.getMyExpertProfile),
  'PUT /me/expert-profile': () => import('./save-my-expert-profile.ts').then((module) => module.saveMyExpertProfile),
  'GET /seasons/{seasonId}/experts': () => import('./list-expert-pool.ts').then((module) => module.listExpertPool),
  'PUT /seasons/{seasonId}/experts/{expertId}': () => import('./place-expert-in-pool.ts').then((module) => module.placeExpertInPool),
  'DELETE /seasons/{seasonId}/experts/{expertId}': () =>
    import('./remove-expert-from-pool.ts').then((module) => module.removeExpertFromPool),
  'PUT /applications/{applicationId}/reviews/{rubricId}/experts/{expertId}': () =>
    import('./assign-reviewer.ts').then((module) => module.assignReviewer),
  'DELETE /applications/{applicationId}/reviews/{rubricId}/experts/{expertId}': () =>
    import('./unassign-reviewer.ts').then((module) => module.unassignReviewer),
  'GET /applications/{applicationId}/reviews': () =>
    import('./list-application-reviews.ts').then((module) => module.listApplicationReviews),
  'GET /me/reviews': () => import('./list-my-reviews.ts').then((module) => module.listMyReviews),
  'GET /me/reviews/{applicationId}/{rubricId}': () => import('./get-my-review.ts').then((module) => module.getMyReview),
  'PUT /me/reviews/{applicationId}/{rubricId}': () => import('./save-my-review-draft.ts').then((module) => module.saveMyReviewDraft),
  'POST /me/reviews/{applicationId}/{rubricId}/submission': () => import('./submit-my-review.ts').then((module) => module.submitMyReview),
  'POST /seasons/{seasonId}/review-reminders': () => import('./remind-experts.ts').then((module) => module.remindExperts),
  'GET /seasons/{seasonId}/review-progress': () => import('./get-review-progress.ts').then((module) => module.getReviewProgress),
  'POST /seasons/{seasonId}/review-assignments': () =>
    import('./plan-review-assignments.ts').then((module) => module.planReviewAssignments),
  'POST /seasons/{seasonId}/score-exports': () => import('./start-score-export.ts').then((module) => module.startScoreExport),
  'GET /seasons/{seasonId}/score-exports/{exportId}': () => import('./get-score-export.ts').then((module) => module.getScoreExport),
  'GET /seasons/{seasonId}/score-exports/{exportId}/download-link': () =>
    import('./get-score-export-link.ts').then((module) => module.getScoreExportLink),
});
