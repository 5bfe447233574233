import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

/** The applications Lambda: applications (this folder) and, composed in, profile and consent routes. */
export const handler = createCapabilityHandler<RoutesOf<'applications'>>('applications', {
  'GET /regions': () => import('./profile/list-regions.ts').then((module) => module.listRegions),
  'GET /me/profile': () => import('./profile/get-my-profile.ts').then((module) => module.getMyProfile),
  'PUT /me/profile': () => import('./profile/save-my-profile.ts').then((module) => module.saveMyProfile),
  'GET /consent-texts': () => import('./consents/list-consent-texts.ts').then((module) => module.listConsentTexts),
  'GET /me/consents': () => import('./consents/get-my-consents.ts').then((module) => module.getMyConsents),
  'POST /me/consents': () => import('./consents/give-consent.ts').then((module) => module.giveConsent),
  'POST /me/consents/guardian': () => import('./consents/record-guardian-consent.ts').then((module) => module.recordGuardianConsent),
  'POST /me/consents/withdrawal': () => import('./consents/withdraw-consent.ts').then((module) => module.withdrawConsent),
  'POST /me/consents/data-sharing/withdrawal': () =>
    import('./consents/withdraw-data-sharing.ts').then((module) => module.withdrawDataSharing),
  'POST /seasons/{seasonId}/applications': () => import('./create-application.ts').then((module) => module.createApplication),
  'GET /applications/{applicationId}': () => import('./get-application.ts').then((module) => module.getApplication),
  'PUT /applications/{applicationId}': () => import('./update-application.ts').then((module) => module.updateApplication),
  'PUT /applications/{applicationId}/track': () =>
    import('./override-application-track.ts').then((module) => module.overrideApplicationTrack),
  'GET /me/applications': () => import('./list-my-applications.ts').then((module) => module.listMyApplications),
  'GET /seasons/{seasonId}/applications': () => import('./list-season-applications.ts').then((module) => module.listSeasonApplications),
  'POST /applications/{applicationId}/submit': () => import('./submit-application.ts').then((module) => module.submitApplication),
  'POST /applications/{applicationId}/withdraw': () => import('./withdraw-application.ts').then((module) => module.withdrawApplication),
  'POST /applications/{applicationId}/transitions': () =>
    import('./request-application-transition.ts').then((module) => module.requestApplicationTransition),
  'GET /applications/{applicationId}/transition-failures': () =>
    import('./list-transition-failures.ts').then((module) => module.listTransitionFailures),
  'POST /applications/{applicationId}/transition-failures/{failureId}/retry': () =>
    import('./retry-transition-failure.ts').then((module) => module.retryTransitionFailure),
  'GET /applications/{applicationId}/pending-effects': () =>
    import('./list-pending-effects.ts').then((module) => module.listPendingEffects),
  'POST /seasons/{seasonId}/gates': () => import('./start-gate.ts').then((module) => module.startGate),
  'GET /seasons/{seasonId}/gates/{gateRunId}': () => import('./get-gate-run.ts').then((module) => module.getGateRun),
  'POST /seasons/{seasonId}/gates/{gateRunId}/resume': () => import('./resume-gate-run.ts').then((module) => module.resumeGateRun),
  'GET /seasons/{seasonId}/calendar-jobs': () => import('./list-calendar-jobs.ts').then((module) => module.listCalendarJobs),
  'GET /seasons/{seasonId}/undeliverable-mail': () => import('./list-undeliverable-mail.ts').then((module) => module.listUndeliverableMail),
  'POST /seasons/{seasonId}/undeliverable-mail/{mailRef}/retry': () =>
    import('./retry-undeliverable-mail.ts').then((module) => module.retryUndeliverableMail),
  'PUT /seasons/{seasonId}/teams/{teamId}': () => import('./put-team.ts').then((module) => module.putTeam),
  'GET /seasons/{seasonId}/teams': () => import('./list-teams.ts').then((module) => module.listTeams),
  'GET /seasons/{seasonId}/teams/{teamId}': () => import('./get-team.ts').then((module) => module.getTeam),
  'DELETE /seasons/{seasonId}/teams/{teamId}': () => import('./dissolve-team.ts').then((module) => module.dissolveTeam),
});
