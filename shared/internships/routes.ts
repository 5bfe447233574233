import * as z from 'zod';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { defineRoute } from '../platform/http/route.ts';
import { applicationIdSchema, localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { candidateRankingInputSchema, candidateRankingSchema, internshipCandidateSchema } from './candidate-ranking-schema.ts';
import {
  INTERNSHIP_OFFER_STATUSES,
  internshipOfferIdSchema,
  internshipOfferInputSchema,
  internshipOfferViewSchema,
  internshipOptionSchema,
  offerReasonInputSchema,
  offerStatusInputSchema,
  offerWithdrawalInputSchema,
} from './internship-offer-schema.ts';
import { internshipPreferencesInputSchema, myInternshipPreferencesSchema } from './internship-preferences-schema.ts';

const limit = z.coerce.number().int().min(1).max(100).default(25);
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const offerParams = z.strictObject({ seasonId: seasonIdSchema, offerId: internshipOfferIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const offerPage = z.strictObject({ items: z.array(internshipOfferViewSchema).max(100), nextCursor: nextCursorSchema() });

export const saveInternshipOfferRoute = defineRoute({
  operationId: 'saveInternshipOffer',
  method: 'PUT',
  path: '/seasons/{seasonId}/internship-offers/{offerId}',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'Create or replace an internship offer',
  description:
    'A host organisation’s people publish offers for their own organisation (422 `host-not-yours`); staff of the programme for any host. The host must be in the partner registry (422 `host-not-registered`), the level one the programme takes offers of (422 `level-not-offered`), the tracks the programme’s (422 `unknown-track`) and the stay within the level’s weeks (422 `duration-out-of-bounds`). A regional offer names its region, the host’s own where the host has one (422 `region-required`, `region-not-hosts`); a federal offer is hosted by a body without a region (422 `host-not-federal`). A new offer is a `draft`. An approved offer whose edit changes what applicants chose (host, level, place, dates, weeks, format, fewer seats, fewer tracks) goes back to review (`submitted`): applicants stop seeing it until staff approve it again. A withdrawn offer cannot change (409 `offer-status-conflict`). Its seats never go below the seats its placements hold, offered or accepted (409 `seats-below-taken`, naming both numbers): raise them, keep them, or lower them no further. Another organisation’s offer answers 404. Send the `version` you read (0 to create).',
  tags: ['internships'],
  request: { params: offerParams, body: internshipOfferInputSchema },
  responses: {
    200: { description: 'Replaced', body: internshipOfferViewSchema },
    201: { description: 'Created', body: internshipOfferViewSchema },
  },
});

export const listInternshipOffersRoute = defineRoute({
  operationId: 'listInternshipOffers',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-offers',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'A season’s internship offers, by status, level, region and id',
  description:
    'Staff of the programme see every host’s offers; a partner sees their own organisation’s only (another `host` gives an empty list). Each with its seats `held` by placements, `accepted` and free (`freeSeats`). A page may hold fewer than `limit` where the filters are not a prefix of status, level, region: follow `nextCursor`.',
  tags: ['internships'],
  request: {
    params: seasonParams,
    query: z.strictObject({
      status: z.enum(INTERNSHIP_OFFER_STATUSES).optional(),
      level: localIdSchema.optional(),
      region: regionCodeSchema.optional(),
      host: partnerOrganisationIdSchema.optional(),
      limit,
      cursor: cursorQuerySchema,
    }),
  },
  responses: { 200: { description: 'A page of offers', body: offerPage } },
});

export const getInternshipOfferRoute = defineRoute({
  operationId: 'getInternshipOffer',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-offers/{offerId}',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'One internship offer, for its host and the programme’s staff',
  description:
    'With its review status and the reason it was returned or withdrawn, and how its seats are taken: `held` by placements (offered, accepted and later), `accepted` of them, and `freeSeats` a later round can still offer. Anyone else, another host included, gets 404.',
  tags: ['internships'],
  request: { params: offerParams },
  responses: { 200: { description: 'The offer', body: internshipOfferViewSchema } },
});

export const submitInternshipOfferRoute = defineRoute({
  operationId: 'submitInternshipOffer',
  method: 'POST',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/submission',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'Send a draft or returned offer to staff for review',
  description:
    'From `draft` or `returned` to `submitted` (409 `offer-status-conflict` otherwise), at the `version` read; a submitted offer answers as it is.',
  tags: ['internships'],
  request: { params: offerParams, body: offerStatusInputSchema },
  responses: { 200: { description: 'The submitted offer', body: internshipOfferViewSchema } },
});

export const approveInternshipOfferRoute = defineRoute({
  operationId: 'approveInternshipOffer',
  method: 'POST',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/approval',
  capability: 'internships',
  roles: ['staff'],
  summary: 'Approve a submitted offer: applicants see and rank it from now on',
  description:
    'Only a `submitted` offer (409 `offer-status-conflict`), checked again against the programme and the partner registry as they are now; an approved offer answers as it is.',
  tags: ['internships'],
  request: { params: offerParams, body: offerStatusInputSchema },
  responses: { 200: { description: 'The approved offer', body: internshipOfferViewSchema } },
});

export const returnInternshipOfferRoute = defineRoute({
  operationId: 'returnInternshipOffer',
  method: 'POST',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/return',
  capability: 'internships',
  roles: ['staff'],
  summary: 'Send an offer back to its host with the reason',
  description: 'A `submitted` or `approved` offer becomes `returned` (applicants stop seeing it); the host edits it and submits it again.',
  tags: ['internships'],
  request: { params: offerParams, body: offerReasonInputSchema },
  responses: { 200: { description: 'The returned offer', body: internshipOfferViewSchema } },
});

export const withdrawInternshipOfferRoute = defineRoute({
  operationId: 'withdrawInternshipOffer',
  method: 'POST',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/withdrawal',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'Withdraw (close) an offer for good',
  description:
    'The host or staff close the offer: applicants stop seeing it, a matching run leaves it out, and it stays readable with the reason. It cannot be reopened: publish a new offer.',
  tags: ['internships'],
  request: { params: offerParams, body: offerWithdrawalInputSchema },
  responses: { 200: { description: 'The withdrawn offer', body: internshipOfferViewSchema } },
});

export const listInternshipOptionsRoute = defineRoute({
  operationId: 'listInternshipOptions',
  method: 'GET',
  path: '/applications/{applicationId}/internship-offers',
  capability: 'internships',
  roles: ['applicant'],
  summary: 'The approved internship offers the caller’s application may rank',
  description:
    'For an application at a stage that takes offers (409 `not-at-internship-stage`): the levels its stage takes for its track and role, narrowed to the level it preferred when it applied where that level is one of them; a regional offer only in its own region where the programme says so (ПроКадры: except PRO); open to its track. Each says whether a seat is still free (`hasFreeSeats`), not how many. A page may hold fewer than `limit`: follow `nextCursor`.',
  tags: ['internships'],
  request: { params: applicationParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of offers',
      body: z.strictObject({ items: z.array(internshipOptionSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getInternshipPreferencesRoute = defineRoute({
  operationId: 'getInternshipPreferences',
  method: 'GET',
  path: '/applications/{applicationId}/internship-preferences',
  capability: 'internships',
  roles: ['applicant'],
  summary: 'The offers the caller ranked in their application’s internship stage',
  description: 'Each with the offer as it stands now; none yet is an empty list at version 0.',
  tags: ['internships'],
  request: { params: applicationParams },
  responses: { 200: { description: 'The ranked offers', body: myInternshipPreferencesSchema } },
});

export const saveInternshipPreferencesRoute = defineRoute({
  operationId: 'saveInternshipPreferences',
  method: 'PUT',
  path: '/applications/{applicationId}/internship-preferences',
  capability: 'internships',
  roles: ['applicant'],
  summary: 'Rank internship offers, most wanted first',
  description:
    'Replaces the ranking at the `version` read (0 the first time), up to the programme’s limit (422 `too-many-preferences`; ПроКадры 5), offers of the application’s list only (422 `offer-not-offered` names the first that is not; one already ranked may stay while it is back in review), none twice (400), while the application is at the stage (409 `not-at-internship-stage`, `stage-changed`) and until the stage’s calendar window closes (409 `preferences-closed`). An empty list takes every choice back.',
  tags: ['internships'],
  request: { params: applicationParams, body: internshipPreferencesInputSchema },
  responses: { 200: { description: 'The ranked offers', body: myInternshipPreferencesSchema } },
});

export const listOfferCandidatesRoute = defineRoute({
  operationId: 'listOfferCandidates',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/candidates',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'The candidates who ranked an offer, without their personal data',
  description:
    'For the host’s people and the programme’s staff (404 for anyone else): each application still in the stage it ranked the offer in, with its track, role, region, preferred level, justification and interview scores, where it put the offer and where the host ranked it; no name, contacts or birth date (those reach a host only with the applicant’s consent). A page may hold fewer than `limit`: follow `nextCursor`.',
  tags: ['internships'],
  request: { params: offerParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of candidates, by application id',
      body: z.strictObject({ items: z.array(internshipCandidateSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getCandidateRankingRoute = defineRoute({
  operationId: 'getCandidateRanking',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'The host’s ranking of an offer’s candidates',
  description: 'Before the first save: nobody ranked and nobody taken unranked, at version 0.',
  tags: ['internships'],
  request: { params: offerParams },
  responses: { 200: { description: 'The ranking', body: candidateRankingSchema } },
});

export const saveCandidateRankingRoute = defineRoute({
  operationId: 'saveCandidateRanking',
  method: 'PUT',
  path: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'Rank an offer’s candidates, and say whether it takes unranked ones',
  description:
    'Best first, replacing the ranking at the `version` read (0 the first time); only candidates of the offer’s pool (422 `not-a-candidate`), none twice (400). `acceptsUnranked`: a matching run may also place there anyone who ranked the offer, after those ranked. A withdrawn offer ranks nobody (409 `offer-status-conflict`).',
  tags: ['internships'],
  request: { params: offerParams, body: candidateRankingInputSchema },
  responses: { 200: { description: 'The ranking', body: candidateRankingSchema } },
});

/** Internship offers, their review, applicants' preferences and hosts' rankings. */
export const internshipRoutes = [
  saveInternshipOfferRoute,
  listInternshipOffersRoute,
  getInternshipOfferRoute,
  submitInternshipOfferRoute,
  approveInternshipOfferRoute,
  returnInternshipOfferRoute,
  withdrawInternshipOfferRoute,
  listInternshipOptionsRoute,
  getInternshipPreferencesRoute,
  saveInternshipPreferencesRoute,
  listOfferCandidatesRoute,
  getCandidateRankingRoute,
  saveCandidateRankingRoute,
] as const;
