import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'internships'>>('internships', {
  'PUT /seasons/{seasonId}/internship-offers/{offerId}': () =>
    import('./save-internship-offer.ts').then((module) => module.saveInternshipOffer),
  'GET /seasons/{seasonId}/internship-offers': () => import('./list-internship-offers.ts').then((module) => module.listInternshipOffers),
  'GET /seasons/{seasonId}/internship-offers/{offerId}': () =>
    import('./get-internship-offer.ts').then((module) => module.getInternshipOffer),
  'POST /seasons/{seasonId}/internship-offers/{offerId}/submission': () =>
    import('./submit-internship-offer.ts').then((module) => module.submitInternshipOffer),
  'POST /seasons/{seasonId}/internship-offers/{offerId}/approval': () =>
    import('./approve-internship-offer.ts').then((module) => module.approveInternshipOffer),
  'POST /seasons/{seasonId}/internship-offers/{offerId}/return': () =>
    import('./return-internship-offer.ts').then((module) => module.returnInternshipOffer),
  'POST /seasons/{seasonId}/internship-offers/{offerId}/withdrawal': () =>
    import('./withdraw-internship-offer.ts').then((module) => module.withdrawInternshipOffer),
  'GET /applications/{applicationId}/internship-offers': () =>
    import('./list-internship-options.ts').then((module) => module.listInternshipOptions),
  'GET /applications/{applicationId}/internship-preferences': () =>
    import('./get-internship-preferences.ts').then((module) => module.getInternshipPreferences),
  'PUT /applications/{applicationId}/internship-preferences': () =>
    import('./save-internship-preferences.ts').then((module) => module.saveInternshipPreferences),
  'GET /seasons/{seasonId}/internship-offers/{offerId}/candidates': () =>
    import('./list-offer-candidates.ts').then((module) => module.listOfferCandidates),
  'GET /seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking': () =>
    import('./get-candidate-ranking.ts').then((module) => module.getCandidateRanking),
  'PUT /seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking': () =>
    import('./save-candidate-ranking.ts').then((module) => module.saveCandidateRanking),
  'POST /seasons/{seasonId}/internship-matching-runs': () =>
    import('./start-internship-matching-run.ts').then((module) => module.startInternshipMatchingRun),
  'GET /seasons/{seasonId}/internship-matching-runs': () =>
    import('./list-internship-matching-runs.ts').then((module) => module.listInternshipMatchingRuns),
  'GET /seasons/{seasonId}/internship-matching-runs/{runId}': () =>
    import('./get-internship-matching-run.ts').then((module) => module.getInternshipMatchingRun),
  'GET /seasons/{seasonId}/internship-matching-runs/{runId}/outcomes': () =>
    import('./list-internship-matching-outcomes.ts').then((module) => module.listInternshipMatchingOutcomes),
  'POST /seasons/{seasonId}/internship-matching-runs/{runId}/resume': () =>
    import('./resume-internship-matching-run.ts').then((module) => module.resumeInternshipMatchingRun),
  'GET /applications/{applicationId}/placement': () => import('./get-my-placement.ts').then((module) => module.getMyPlacement),
  'POST /applications/{applicationId}/placement/answer': () =>
    import('./answer-my-placement.ts').then((module) => module.answerMyPlacement),
  'GET /seasons/{seasonId}/placements': () => import('./list-season-placements.ts').then((module) => module.listSeasonPlacements),
  'GET /applications/{applicationId}/placements/{placementId}': () => import('./get-placement.ts').then((module) => module.getPlacement),
  'POST /applications/{applicationId}/placements/{placementId}/steps': () =>
    import('./take-placement-step.ts').then((module) => module.takePlacementStep),
  'GET /seasons/{seasonId}/internship-kpis': () => import('./get-internship-kpis.ts').then((module) => module.getInternshipKpis),
});
