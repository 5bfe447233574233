import { internshipRoutes } from '../../internships/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The internships' examples, in the same ПроКадры 2027 season as the other operations' (the same
 * application and staff ids): the Ministry of Economic Development's analyst internship for
 * finalists, one PRO finalist's ranked choices, the ministry's pool and ranking.
 */
const [
  saveInternshipOffer,
  listInternshipOffers,
  getInternshipOffer,
  submitInternshipOffer,
  approveInternshipOffer,
  returnInternshipOffer,
  withdrawInternshipOffer,
  listInternshipOptions,
  getInternshipPreferences,
  saveInternshipPreferences,
  listOfferCandidates,
  getCandidateRanking,
  saveCandidateRanking,
] = internshipRoutes;

const PROGRAMME_ID = 'prokadry-2027';
const SEASON_ID = 'prokadry-2027-spring';
const APPLICATION_ID = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const SECOND_APPLICATION_ID = '8a1c4e2b-3d5f-4a7b-8c9d-0e1f2a3b4c5d';
const STAFF = '0a1e0000-0000-4000-8000-000000000001';
const HOST_PERSON = '0a1e0000-0000-4000-8000-000000000043';
const CURSOR = 'eyJwayI6IlNFQVNPTiNwcm9rYWRyeS0yMDI3LXNwcmluZyJ9';

const offerInput = {
  hostOrganisation: 'minek-rf',
  level: 'federal',
  region: '77' as const,
  city: 'Москва',
  title: { ru: 'Стажёр-аналитик департамента регионального развития', en: 'Analyst intern, regional development department' },
  description: {
    ru: 'Подготовка аналитических записок о мерах поддержки регионов, участие в совещаниях департамента.',
    en: 'Drafting analytical notes on regional support measures, taking part in the department’s meetings.',
  },
  tracks: ['young', 'pro'],
  seats: 4,
  startsOn: '2027-10-04',
  endsOn: '2027-12-17',
  weeks: 4,
  format: 'in-person' as const,
  contact: { name: 'Отдел кадров Минэкономразвития', email: 'interns@minek.example.org' },
};
const offer = {
  ...offerInput,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  id: 'minek-analyst-2027',
  hostName: { ru: 'Министерство экономического развития Российской Федерации', en: 'Ministry of Economic Development of Russia' },
  hostKind: 'federal-ministry' as const,
  status: 'approved' as const,
  statusBy: STAFF,
  statusAt: '2027-09-12T10:00:00.000Z',
  createdAt: '2027-09-10T09:00:00.000Z',
  updatedAt: '2027-09-12T10:00:00.000Z',
  version: 3,
  held: 3,
  accepted: 2,
  freeSeats: 1,
};
const {
  seasonId: _s,
  programmeId: _p,
  status: _st,
  statusBy: _b,
  statusAt: _a,
  createdAt: _c,
  updatedAt: _u,
  version: _v,
  held: _held,
  accepted: _accepted,
  freeSeats: _free,
  ...offerOption
} = offer;
const option = { ...offerOption, hasFreeSeats: true };
const draft = {
  ...offer,
  held: 0,
  accepted: 0,
  freeSeats: offer.seats,
  status: 'draft' as const,
  statusBy: HOST_PERSON,
  statusAt: offer.createdAt,
  updatedAt: offer.createdAt,
  version: 1,
};
const myPreferences = {
  applicationId: APPLICATION_ID,
  stage: 'federal-internship',
  maxPreferences: 5,
  closesAt: '2027-10-20T23:59:59+03:00',
  choices: [
    { rank: 1, offerId: offer.id, offerStatus: 'approved' as const, offer: option },
    { rank: 2, offerId: 'minobrnauki-policy-2027', offerStatus: 'submitted' as const },
  ],
  updatedAt: '2027-10-01T18:30:00.000Z',
  version: 2,
};
const rankingOf = {
  seasonId: SEASON_ID,
  offerId: offer.id,
  ranking: [SECOND_APPLICATION_ID, APPLICATION_ID],
  acceptsUnranked: false,
  updatedBy: HOST_PERSON,
  updatedAt: '2027-10-10T12:00:00.000Z',
  version: 1,
};

export const INTERNSHIP_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(saveInternshipOffer, {
    request: { ...offerInput, version: 0 },
    responses: { 200: { ...offer, seats: 5, freeSeats: 2, version: 4 }, 201: draft },
  }),
  routeExamples(listInternshipOffers, { responses: { 200: { items: [offer], nextCursor: CURSOR } } }),
  routeExamples(getInternshipOffer, { responses: { 200: offer } }),
  routeExamples(submitInternshipOffer, {
    request: { version: 1 },
    responses: { 200: { ...draft, status: 'submitted', updatedAt: '2027-09-11T09:00:00.000Z', version: 2 } },
  }),
  routeExamples(approveInternshipOffer, {
    request: { version: 2 },
    responses: { 200: { ...offer, held: 0, accepted: 0, freeSeats: offer.seats } },
  }),
  routeExamples(returnInternshipOffer, {
    request: { version: 2, reason: 'Уточните, какие задачи получит стажёр и кто будет его руководителем.' },
    responses: {
      200: {
        ...offer,
        status: 'returned',
        statusReason: 'Уточните, какие задачи получит стажёр и кто будет его руководителем.',
      },
    },
  }),
  routeExamples(withdrawInternshipOffer, {
    request: { version: 3, reason: 'Набор в департамент закрыт.' },
    responses: {
      200: {
        ...offer,
        status: 'withdrawn',
        statusReason: 'Набор в департамент закрыт.',
        statusBy: HOST_PERSON,
        statusAt: '2027-10-02T08:00:00.000Z',
        version: 4,
      },
    },
  }),
  routeExamples(listInternshipOptions, { responses: { 200: { items: [option] } } }),
  routeExamples(getInternshipPreferences, { responses: { 200: myPreferences } }),
  routeExamples(saveInternshipPreferences, {
    request: { choices: [offer.id, 'minobrnauki-policy-2027'], version: 1 },
    responses: { 200: myPreferences },
  }),
  routeExamples(listOfferCandidates, {
    responses: {
      200: {
        items: [
          {
            applicationId: APPLICATION_ID,
            choiceRank: 1,
            hostRank: 2,
            stage: 'federal-internship',
            track: 'pro',
            region: '59',
            preferredInternshipLevel: 'federal',
            internshipJustification: 'Работаю в администрации края и хочу увидеть, как министерство готовит решения для регионов.',
            interviewScores: [
              { rubricId: 'expert-interview', score: 8 },
              { rubricId: 'ministry-interview', score: 7.7 },
            ],
          },
          {
            applicationId: SECOND_APPLICATION_ID,
            choiceRank: 2,
            hostRank: 1,
            stage: 'federal-internship',
            track: 'young',
            region: '16',
            preferredInternshipLevel: 'federal',
            interviewScores: [{ rubricId: 'expert-interview', score: 9 }],
          },
        ],
        nextCursor: CURSOR,
      },
    },
  }),
  routeExamples(getCandidateRanking, { responses: { 200: rankingOf } }),
  routeExamples(saveCandidateRanking, {
    request: { ranking: rankingOf.ranking, acceptsUnranked: false, version: 0 },
    responses: { 200: rankingOf },
  }),
];
