import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'mentoring'>>('mentoring', {
  'GET /me/mentor-profile': () => import('./get-my-mentor-profile.ts').then((module) => module.getMyMentorProfile),
  'PUT /me/mentor-profile': () => import('./save-my-mentor-profile.ts').then((module) => module.saveMyMentorProfile),
  'GET /seasons/{seasonId}/mentors': () => import('./list-mentor-pool.ts').then((module) => module.listMentorPool),
  'PUT /seasons/{seasonId}/mentors/{mentorId}': () => import('./place-mentor-in-pool.ts').then((module) => module.placeMentorInPool),
  'DELETE /seasons/{seasonId}/mentors/{mentorId}': () =>
    import('./remove-mentor-from-pool.ts').then((module) => module.removeMentorFromPool),
  'POST /seasons/{seasonId}/mentor-matching': () => import('./match-mentees.ts').then((module) => module.matchMentees),
  'POST /seasons/{seasonId}/mentoring-pairs': () => import('./pair-mentee.ts').then((module) => module.pairMentee),
  'GET /seasons/{seasonId}/mentoring-pairs': () => import('./list-mentoring-pairs.ts').then((module) => module.listMentoringPairs),
  'GET /seasons/{seasonId}/mentoring-pairs/{pairId}': () => import('./get-mentoring-pair.ts').then((module) => module.getMentoringPair),
  'GET /me/mentoring': () => import('./list-my-mentees.ts').then((module) => module.listMyMentees),
  'GET /me/mentoring/{pairId}': () => import('./get-my-mentoring-pair.ts').then((module) => module.getMyMentoringPair),
  'POST /me/mentoring/{pairId}/agreement': () =>
    import('./respond-to-mentoring-proposal.ts').then((module) => module.respondToMentoringProposal),
  'POST /me/mentoring/{pairId}/sessions': () => import('./log-mentoring-session.ts').then((module) => module.logMentoringSession),
  'GET /me/mentoring/{pairId}/sessions': () => import('./list-my-mentoring-sessions.ts').then((module) => module.listMyMentoringSessions),
  'POST /me/mentoring/{pairId}/completion': () => import('./complete-mentoring.ts').then((module) => module.completeMentoring),
  'PUT /me/mentoring/{pairId}/recommendation-letter': () =>
    import('./save-recommendation-letter.ts').then((module) => module.saveRecommendationLetter),
  'GET /me/mentoring/{pairId}/recommendation-letter': () =>
    import('./get-my-recommendation-letter.ts').then((module) => module.getMyRecommendationLetter),
  'GET /applications/{applicationId}/mentoring': () =>
    import('./get-application-mentoring.ts').then((module) => module.getApplicationMentoring),
  'POST /applications/{applicationId}/mentoring/invitation': () =>
    import('./respond-to-mentoring-invitation.ts').then((module) => module.respondToMentoringInvitation),
  'GET /applications/{applicationId}/mentoring/sessions': () =>
    import('./list-application-mentoring-sessions.ts').then((module) => module.listApplicationMentoringSessions),
  'GET /applications/{applicationId}/recommendation-letter': () =>
    import('./get-application-recommendation-letter.ts').then((module) => module.getApplicationRecommendationLetter),
  'POST /seasons/{seasonId}/mentoring-pairs/{pairId}/ending': () =>
    import('./end-mentoring-pair.ts').then((module) => module.endMentoringPair),
});
