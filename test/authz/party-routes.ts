import { randomUUID } from 'node:crypto';
import { offerBody, OTHER_REGION, REGION, type OwnershipWorld, type Party, type PartyName } from './ownership-world.ts';

/** One request of the matrix: the route's path parameters, and its query, body and headers where it takes them. */
export interface PartyRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface PartyScopedRoute {
  /** The parties whose record the route reaches: each gets past the ownership check (neither 404 nor 5xx). */
  readonly owners: readonly PartyName[];
  /** Parties the route's access admits who reach the record without owning it, and why; every other party the route admits is an outsider. */
  readonly alsoReach?: { readonly parties: readonly PartyName[]; readonly why: string };
  /**
   * The request as `caller` sends it: what its owner sends, with a body valid for the caller (an
   * offer names the caller's own organisation as its host). More than one where an outsider has more
   * than one way to ask for the record (another organisation's path, or its own).
   */
  readonly requests: (world: OwnershipWorld, caller: Party) => readonly PartyRequest[];
}

const one = (request: PartyRequest): readonly PartyRequest[] => [request];

/** The way a partner names a record of A: by A's path, and by its own organisation's path with A's record id. */
const byOrganisationPaths = (world: OwnershipWorld, caller: Party, params: Record<string, string>): readonly PartyRequest[] => [
  { params: { organisationId: world.organisations.a, ...params } },
  ...(caller.organisation === undefined || caller.organisation === world.organisations.a
    ? []
    : [{ params: { organisationId: caller.organisation, ...params } }]),
];

const interviewApplication = (world: OwnershipWorld) => ({ applicationId: world.interviews.applicationId });
const event = (world: OwnershipWorld) => ({ seasonId: world.interviews.seasonId, eventId: world.interviews.eventId });
const offer = (world: OwnershipWorld) => ({ seasonId: world.internships.seasonId, offerId: world.internships.offerId });
const internApplication = (world: OwnershipWorld) => ({ applicationId: world.internships.applicationId });
const placement = (world: OwnershipWorld) => ({ ...internApplication(world), placementId: world.internships.placementId });
const review = (world: OwnershipWorld) => ({ applicationId: world.interviews.applicationId, rubricId: world.interviews.rubricId });
const pair = (world: OwnershipWorld) => ({ pairId: world.mentoring.pairId });
const menteeApplication = (world: OwnershipWorld) => ({ applicationId: world.mentoring.applicationId });
const certificate = (world: OwnershipWorld) => ({ certificateId: world.certificates.certificateId });
const hook = (world: OwnershipWorld) => ({ endpointId: world.webhooks.endpointId });

/** A version no record reaches: the owner's write is refused as stale (409), never carried out, and an outsider's must still be a 404. */
const STALE = 999_999;

/**
 * Every route that takes a party-owned id, with who owns the world's record it reaches. Outsiders are
 * every other party the route's access admits (another organisation's partner in the same region
 * and in another, another organisation's machine client, another mentor, another applicant, an
 * expert with no part in it, staff of another programme): each must get the 404 of a missing record.
 * Owners' writes are ones that leave the world as the other checks need it (a repeated answer, a
 * stale version, a withdrawal where none is possible any more).
 */
export const PARTY_SCOPED: Readonly<Record<string, PartyScopedRoute>> = {
  // Applications and their documents and education: applicant 1's application at the interview.
  'GET /applications/{applicationId}': { owners: ['applicant1'], requests: (world) => one({ params: interviewApplication(world) }) },
  'PUT /applications/{applicationId}': {
    owners: ['applicant1'],
    requests: (world) => one({ params: interviewApplication(world), body: { version: 3 } }),
  },
  'POST /applications/{applicationId}/documents': {
    owners: ['applicant1'],
    requests: (world) =>
      one({
        params: interviewApplication(world),
        body: { requirementId: 'resume', fileName: 'resume.pdf', contentType: 'application/pdf', size: 1024 },
      }),
  },
  'POST /applications/{applicationId}/documents/{documentId}/confirm': {
    owners: ['applicant1'],
    requests: (world) => one({ params: { ...interviewApplication(world), documentId: world.interviews.documentId } }),
  },
  'GET /applications/{applicationId}/documents': {
    // The ministry's person scores the applicant's interview: the scorecard lets them read what the rubric shows.
    owners: ['applicant1', 'ministryA'],
    requests: (world) => one({ params: interviewApplication(world) }),
  },
  'GET /applications/{applicationId}/documents/{documentId}/download': {
    owners: ['applicant1', 'ministryA'],
    requests: (world) => one({ params: { ...interviewApplication(world), documentId: world.interviews.documentId } }),
  },
  'GET /applications/{applicationId}/education': {
    owners: ['applicant1'],
    requests: (world) => one({ params: interviewApplication(world) }),
  },
  'POST /applications/{applicationId}/submit': {
    owners: ['applicant1'],
    requests: (world) => one({ params: interviewApplication(world), headers: { 'idempotency-key': randomUUID() } }),
  },
  'POST /applications/{applicationId}/withdraw': {
    // The completed mentoring's application: nothing withdraws it any more, so the owner's request changes nothing.
    owners: ['applicant1'],
    requests: (world) => one({ params: menteeApplication(world) }),
  },

  // The scorecard of A's person on the interview A runs.
  'GET /me/reviews/{applicationId}/{rubricId}': { owners: ['ministryA'], requests: (world) => one({ params: review(world) }) },
  'PUT /me/reviews/{applicationId}/{rubricId}': {
    owners: ['ministryA'],
    requests: (world) => one({ params: review(world), body: { scores: { motivation: 7 }, version: world.interviews.reviewVersion } }),
  },
  'POST /me/reviews/{applicationId}/{rubricId}/submission': {
    // Without every criterion scored the owner's submission is refused (422) and the review stays open.
    owners: ['ministryA'],
    requests: (world) => one({ params: review(world), body: { scores: { motivation: 7 }, version: world.interviews.reviewVersion } }),
  },

  // A's interview event, its roster and its attendance.
  'GET /seasons/{seasonId}/interview-events/{eventId}': { owners: ['ministryA'], requests: (world) => one({ params: event(world) }) },
  'GET /seasons/{seasonId}/interview-events/{eventId}/bookings': {
    owners: ['ministryA'],
    requests: (world) => one({ params: event(world) }),
  },
  'PUT /seasons/{seasonId}/interview-events/{eventId}/bookings/{applicationId}/attendance': {
    owners: ['ministryA'],
    requests: (world) => one({ params: { ...event(world), ...interviewApplication(world) }, body: { outcome: 'attended' } }),
  },

  // Applicant 1's booking on it.
  'GET /applications/{applicationId}/interview-options': {
    owners: ['applicant1'],
    requests: (world) => one({ params: interviewApplication(world), query: { format: 'offline' } }),
  },
  'GET /applications/{applicationId}/interview': {
    owners: ['applicant1'],
    requests: (world) => one({ params: interviewApplication(world) }),
  },
  'PUT /applications/{applicationId}/interview': {
    owners: ['applicant1'],
    requests: (world) =>
      one({ params: interviewApplication(world), body: { eventId: world.interviews.eventId, version: world.interviews.bookingVersion } }),
  },
  'DELETE /applications/{applicationId}/interview': {
    // The interview took place: the booking is settled and a cancellation is refused.
    owners: ['applicant1'],
    requests: (world) => one({ params: interviewApplication(world), query: { version: String(world.interviews.bookingVersion) } }),
  },

  // The registry's record of A.
  'GET /partner-organisations/{organisationId}': {
    owners: ['partnerA'],
    alsoReach: { parties: ['otherStaff'], why: 'the registry serves every programme: any staff member reads it' },
    requests: (world) => one({ params: { organisationId: world.organisations.a } }),
  },

  // A's internship offer, its candidates and its ranking.
  'PUT /seasons/{seasonId}/internship-offers/{offerId}': {
    owners: ['partnerA'],
    requests: (world, caller) => {
      const host = caller.organisation ?? world.organisations.a;
      return one({
        params: offer(world),
        body: { ...offerBody(host, host === world.organisations.c ? OTHER_REGION : REGION), version: world.internships.offerVersion },
      });
    },
  },
  'GET /seasons/{seasonId}/internship-offers/{offerId}': { owners: ['partnerA'], requests: (world) => one({ params: offer(world) }) },
  'POST /seasons/{seasonId}/internship-offers/{offerId}/submission': {
    owners: ['partnerA'],
    requests: (world) => one({ params: offer(world), body: { version: STALE } }),
  },
  'POST /seasons/{seasonId}/internship-offers/{offerId}/withdrawal': {
    owners: ['partnerA'],
    requests: (world) => one({ params: offer(world), body: { version: STALE, reason: 'Отдел расформирован' } }),
  },
  'GET /seasons/{seasonId}/internship-offers/{offerId}/candidates': {
    owners: ['partnerA'],
    requests: (world) => one({ params: offer(world) }),
  },
  'GET /seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking': {
    owners: ['partnerA'],
    requests: (world) => one({ params: offer(world) }),
  },
  'PUT /seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking': {
    owners: ['partnerA'],
    requests: (world) =>
      one({
        params: offer(world),
        body: { ranking: [world.internships.applicationId], acceptsUnranked: false, version: world.internships.rankingVersion },
      }),
  },

  // Applicant 1's ranked offers and placement at the regional internship.
  'GET /applications/{applicationId}/internship-offers': {
    owners: ['applicant1'],
    requests: (world) => one({ params: internApplication(world) }),
  },
  'GET /applications/{applicationId}/internship-preferences': {
    owners: ['applicant1'],
    requests: (world) => one({ params: internApplication(world) }),
  },
  'PUT /applications/{applicationId}/internship-preferences': {
    owners: ['applicant1'],
    requests: (world) =>
      one({
        params: internApplication(world),
        body: { choices: [world.internships.offerId], version: world.internships.preferencesVersion },
      }),
  },
  'GET /applications/{applicationId}/placement': { owners: ['applicant1'], requests: (world) => one({ params: internApplication(world) }) },
  'POST /applications/{applicationId}/placement/answer': {
    // Accepted already: answering again changes nothing.
    owners: ['applicant1'],
    requests: (world) => one({ params: internApplication(world), body: { answer: 'accept', version: world.internships.placementVersion } }),
  },

  // The placement A hosts.
  'GET /applications/{applicationId}/placements/{placementId}': {
    owners: ['partnerA'],
    requests: (world) => one({ params: placement(world) }),
  },
  'POST /applications/{applicationId}/placements/{placementId}/steps': {
    owners: ['partnerA'],
    requests: (world) => one({ params: placement(world), body: { step: 'start', version: STALE } }),
  },

  // What was released to A, read by its people and its machine client, and exported.
  'GET /partner-organisations/{organisationId}/releases': {
    owners: ['partnerA'],
    requests: (world) => one({ params: { organisationId: world.organisations.a } }),
  },
  'GET /partner-organisations/{organisationId}/releases/{releaseId}': {
    owners: ['partnerA'],
    requests: (world, caller) => byOrganisationPaths(world, caller, { releaseId: world.releases.releaseId }),
  },
  'GET /partner-api/releases/{releaseId}': {
    owners: ['machineA'],
    requests: (world) => one({ params: { releaseId: world.releases.releaseId } }),
  },
  'POST /partner-organisations/{organisationId}/release-exports': {
    owners: ['partnerA'],
    requests: (world) =>
      one({ params: { organisationId: world.organisations.a }, body: { seasonId: world.internships.seasonId, format: 'csv' } }),
  },

  // Mentor 1's pair: agreed, met, completed, its letter final.
  'GET /me/mentoring/{pairId}': { owners: ['mentor1'], requests: (world) => one({ params: pair(world) }) },
  'POST /me/mentoring/{pairId}/agreement': {
    owners: ['mentor1'],
    requests: (world) => one({ params: pair(world), body: { decision: 'agree' } }),
  },
  'POST /me/mentoring/{pairId}/sessions': {
    owners: ['mentor1'],
    requests: (world) =>
      one({ params: pair(world), body: { date: new Date().toISOString().slice(0, 10), format: 'in-person', durationMinutes: 45 } }),
  },
  'GET /me/mentoring/{pairId}/sessions': { owners: ['mentor1'], requests: (world) => one({ params: pair(world) }) },
  'POST /me/mentoring/{pairId}/completion': { owners: ['mentor1'], requests: (world) => one({ params: pair(world) }) },
  'PUT /me/mentoring/{pairId}/recommendation-letter': {
    // Signed off already: the owner's change is refused and the letter stays as it is.
    owners: ['mentor1'],
    requests: (world) =>
      one({ params: pair(world), body: { text: 'Иначе.', language: 'ru', final: true, version: world.mentoring.letterVersion } }),
  },
  'GET /me/mentoring/{pairId}/recommendation-letter': { owners: ['mentor1'], requests: (world) => one({ params: pair(world) }) },

  // Applicant 1 as mentor 1's mentee.
  'GET /applications/{applicationId}/mentoring': { owners: ['applicant1'], requests: (world) => one({ params: menteeApplication(world) }) },
  'POST /applications/{applicationId}/mentoring/invitation': {
    owners: ['applicant1'],
    requests: (world) => one({ params: menteeApplication(world), body: { decision: 'accept' } }),
  },
  'GET /applications/{applicationId}/mentoring/sessions': {
    owners: ['applicant1'],
    requests: (world) => one({ params: menteeApplication(world) }),
  },
  'GET /applications/{applicationId}/recommendation-letter': {
    owners: ['applicant1'],
    requests: (world) => one({ params: menteeApplication(world) }),
  },

  // Applicant 1's issued certificate of that mentoring.
  'GET /me/certificates/{certificateId}/pdf': { owners: ['applicant1'], requests: (world) => one({ params: certificate(world) }) },
  'GET /me/certificates/{certificateId}/recommendation-letter/pdf': {
    owners: ['applicant1'],
    requests: (world) => one({ params: certificate(world) }),
  },
  'GET /me/certificates/{certificateId}/credential': { owners: ['applicant1'], requests: (world) => one({ params: certificate(world) }) },
  // Webhooks: A's endpoint and its test delivery; versions are stale, so the owner's writes are refused as such (409).
  'GET /webhook-endpoints/{endpointId}': { owners: ['partnerA'], requests: (world) => one({ params: hook(world) }) },
  'PUT /webhook-endpoints/{endpointId}': {
    owners: ['partnerA'],
    requests: (world) =>
      one({
        params: hook(world),
        body: { url: 'https://hooks.partner-a.example/cadre', eventTypes: ['release.available'], version: STALE },
      }),
  },
  'DELETE /webhook-endpoints/{endpointId}': {
    owners: ['partnerA'],
    requests: (world) => one({ params: hook(world), query: { version: String(STALE) } }),
  },
  'POST /webhook-endpoints/{endpointId}/secret-rotations': { owners: ['partnerA'], requests: (world) => one({ params: hook(world) }) },
  'POST /webhook-endpoints/{endpointId}/resume': { owners: ['partnerA'], requests: (world) => one({ params: hook(world) }) },
  'POST /webhook-endpoints/{endpointId}/test-deliveries': { owners: ['partnerA'], requests: (world) => one({ params: hook(world) }) },
  'GET /webhook-endpoints/{endpointId}/deliveries': { owners: ['partnerA'], requests: (world) => one({ params: hook(world) }) },
  'GET /webhook-endpoints/{endpointId}/deliveries/{deliveryId}': {
    owners: ['partnerA'],
    requests: (world) => one({ params: { ...hook(world), deliveryId: world.webhooks.deliveryId } }),
  },
  'POST /webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redeliveries': {
    owners: ['partnerA'],
    requests: (world) => one({ params: { ...hook(world), deliveryId: world.webhooks.deliveryId } }),
  },
  // Applicant 1's own erasure request (its audit, found by the salted digest of their subject).
  'GET /me/erasure-requests/{requestId}': {
    owners: ['applicant1'],
    requests: (world) => one({ params: { requestId: world.erasure.requestId } }),
  },
};

/**
 * Routes open to a party that take an id other than the season's, yet reach nothing one party owns,
 * each with the reason. A route added to the table lands in neither list and fails the completeness
 * check until someone decides which it is.
 */
export const NOT_PARTY_SCOPED: Readonly<Record<string, string>> = {
  'POST /programmes/{programmeId}/webhook-endpoints':
    'a programme is no party’s record: any registered partner registers its own organisation’s endpoints for it (test/integration/webhooks: only for its own organisation’s event types, and it hears only its own organisation’s events)',
  'GET /programmes/{programmeId}/webhook-endpoints':
    'a programme is no party’s record: a partner lists only its own organisation’s endpoints of it (test/integration/webhooks checks another organisation’s never show), staff of another programme get 404',
};

export interface PartyList {
  /** The parties whose record the list shows. */
  readonly owners: readonly PartyName[];
  readonly alsoReach?: { readonly parties: readonly PartyName[]; readonly why: string };
  readonly request: (world: OwnershipWorld) => PartyRequest;
  /** The id of the owners' record: in their page, and in no outsider's. */
  readonly marker: (world: OwnershipWorld) => string;
}

/**
 * Every list a party reads without naming a record's id: the owner's page shows the record, an
 * outsider's page (or the 404 of a season they do not see) never does.
 */
export const PARTY_LISTS: Readonly<Record<string, PartyList>> = {
  'GET /me/applications': {
    owners: ['applicant1'],
    request: () => ({ params: {} }),
    marker: (world) => world.interviews.applicationId,
  },
  'GET /me/reviews': {
    owners: ['ministryA'],
    request: (world) => ({ params: {}, query: { seasonId: world.interviews.seasonId } }),
    marker: (world) => world.interviews.applicationId,
  },
  'GET /seasons/{seasonId}/interview-events': {
    owners: ['ministryA'],
    request: (world) => ({ params: { seasonId: world.interviews.seasonId } }),
    marker: (world) => world.interviews.eventId,
  },
  'GET /me/interview-events': {
    owners: ['ministryA'],
    request: (world) => ({ params: {}, query: { seasonId: world.interviews.seasonId } }),
    marker: (world) => world.interviews.eventId,
  },
  'GET /me/organisation': {
    owners: ['partnerA'],
    request: () => ({ params: {} }),
    marker: (world) => world.organisations.a,
  },
  'GET /seasons/{seasonId}/internship-offers': {
    owners: ['partnerA'],
    request: (world) => ({ params: { seasonId: world.internships.seasonId } }),
    marker: (world) => world.internships.offerId,
  },
  'GET /seasons/{seasonId}/placements': {
    owners: ['partnerA'],
    request: (world) => ({ params: { seasonId: world.internships.seasonId } }),
    marker: (world) => world.internships.placementId,
  },
  'GET /partner-api/releases': {
    owners: ['machineA'],
    request: () => ({ params: {} }),
    marker: (world) => world.releases.releaseId,
  },
  'GET /me/disclosures': {
    // Applicant 2's data is what A read: the disclosures are theirs.
    owners: ['applicant2'],
    request: () => ({ params: {} }),
    marker: (world) => world.releases.applicationId,
  },
  'GET /me/mentoring': {
    owners: ['mentor1'],
    request: (world) => ({ params: {}, query: { seasonId: world.mentoring.seasonId } }),
    marker: (world) => world.mentoring.pairId,
  },
  'GET /me/certificates': {
    owners: ['applicant1'],
    request: () => ({ params: {} }),
    marker: (world) => world.certificates.certificateId,
  },
  'GET /me/export': {
    // Everything of the caller's: applicant 1's interview application is in theirs, and in nobody else's.
    owners: ['applicant1'],
    request: () => ({ params: {} }),
    marker: (world) => world.interviews.applicationId,
  },
};

/** Lists a party reads that hold only the caller's own record, found by the token's subject alone, each with the reason. */
export const NOT_PARTY_LISTS: Readonly<Record<string, string>> = {
  'GET /me': 'the caller’s own identity, read from the token',
  'GET /me/profile': 'the applicant’s own profile, keyed by the token’s subject',
  'GET /me/consents': 'the applicant’s own consents, keyed by the token’s subject',
  'GET /me/mentor-profile': 'the mentor’s own profile, keyed by the token’s subject',
  'GET /seasons/{seasonId}/reports/funnel':
    'counts, no party’s record: a partner’s are narrowed to its own regional body’s region (test/integration/reports checks another region, a ministry and an employer get 404)',
  'GET /seasons/{seasonId}/reports/breakdown':
    'counts, no party’s record: a partner’s are narrowed to its own regional body’s region (test/integration/reports checks another region, a ministry and an employer get 404)',
  'GET /seasons/{seasonId}/reports/time-in-stage':
    'counts, no party’s record: a partner’s are narrowed to its own regional body’s region (test/integration/reports checks another region, a ministry and an employer get 404)',
};
