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
  'PUT /seasons/{seasonId}/interview-events/{eventId}': () =>
    import('./save-interview-event.ts').then((module) => module.saveInterviewEvent),
  'DELETE /seasons/{seasonId}/interview-events/{eventId}': () =>
    import('./cancel-interview-event.ts').then((module) => module.cancelInterviewEvent),
  'GET /seasons/{seasonId}/interview-events': () => import('./list-interview-events.ts').then((module) => module.listInterviewEvents),
  'GET /seasons/{seasonId}/interview-events/{eventId}': () => import('./get-interview-event.ts').then((module) => module.getInterviewEvent),
  'GET /seasons/{seasonId}/interview-events/{eventId}/bookings': () =>
    import('./list-event-roster.ts').then((module) => module.listEventRoster),
  'PUT /seasons/{seasonId}/interview-events/{eventId}/bookings/{applicationId}/attendance': () =>
    import('./record-interview-attendance.ts').then((module) => module.recordInterviewAttendance),
  'GET /applications/{applicationId}/interview-options': () =>
    import('./list-interview-options.ts').then((module) => module.listInterviewOptions),
  'GET /applications/{applicationId}/interview': () => import('./get-my-interview.ts').then((module) => module.getMyInterview),
  'PUT /applications/{applicationId}/interview': () => import('./book-interview.ts').then((module) => module.bookInterview),
  'GET /me/interview-events': () => import('./list-my-interview-events.ts').then((module) => module.listMyInterviewEvents),
  'DELETE /applications/{applicationId}/interview': () =>
    import('./cancel-interview-booking.ts').then((module) => module.cancelInterviewBooking),
  'POST /seasons/{seasonId}/review-assignment-runs': () =>
    import('./start-review-assignment-run.ts').then((module) => module.startReviewAssignmentRun),
  'GET /seasons/{seasonId}/review-assignment-runs': () =>
    import('./list-review-assignment-runs.ts').then((module) => module.listReviewAssignmentRuns),
  'GET /seasons/{seasonId}/review-assignment-runs/{runId}': () =>
    import('./get-review-assignment-run.ts').then((module) => module.getReviewAssignmentRun),
  'POST /seasons/{seasonId}/review-assignment-runs/{runId}/resume': () =>
    import('./resume-review-assignment-run.ts').then((module) => module.resumeReviewAssignmentRun),
  'POST /seasons/{seasonId}/score-exports': () => import('./start-score-export.ts').then((module) => module.startScoreExport),
  'GET /seasons/{seasonId}/score-exports/{exportId}': () => import('./get-score-export.ts').then((module) => module.getScoreExport),
});
