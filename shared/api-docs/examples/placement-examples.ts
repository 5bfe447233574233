import { placementRoutes } from '../../internships/placement-routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The internship matching runs' and placements' examples, in the same ПроКадры 2027 season as the
 * other operations': the federal internship stage matched, one finalist's placement at the
 * Ministry of Economic Development from the offer to its completion.
 */
const [
  startInternshipMatchingRun,
  listInternshipMatchingRuns,
  getInternshipMatchingRun,
  listInternshipMatchingOutcomes,
  resumeInternshipMatchingRun,
  getMyPlacement,
  answerMyPlacement,
  listSeasonPlacements,
  getPlacement,
  takePlacementStep,
  getInternshipKpis,
] = placementRoutes;

const SEASON_ID = 'prokadry-2027-spring';
const APPLICATION_ID = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const SECOND_APPLICATION_ID = '8a1c4e2b-3d5f-4a7b-8c9d-0e1f2a3b4c5d';
const STAFF = '0a1e0000-0000-4000-8000-000000000001';
const RUN_ID = '5d0c7a2e-9b1f-8c3d-a4e5-6f7a8b9c0d1e';
const PLACEMENT_ID = '7e2a9c4b-1d3f-8a5b-9c6d-2e4f6a8b0c1d';
const CURSOR = 'eyJjaHVuayI6MX0';

const run = {
  id: RUN_ID,
  seasonId: SEASON_ID,
  stage: 'federal-internship',
  round: 1,
  dryRun: false,
  status: 'succeeded' as const,
  phase: 'done' as const,
  startedBy: STAFF,
  startedAt: '2027-11-20T09:00:00.000Z',
  updatedAt: '2027-11-20T09:01:12.000Z',
  finishedAt: '2027-11-20T09:01:12.000Z',
  executions: 1,
  applicants: 412,
  excluded: 3,
  excludedReasons: { 'processing-stopped': 3 },
  offers: 64,
  seats: 380,
  matched: 371,
  firstChoice: 268,
  proposals: 602,
  unmatched: 41,
  unmatchedReasons: { outranked: 29, 'not-acceptable': 9, 'no-choices': 3 },
  unfilledOffers: 5,
  unfilledSeats: 9,
  unfilledReasons: { 'not-chosen': 2, 'candidates-not-acceptable': 3 },
  offered: 371,
  notOffered: 0,
  notOfferedReasons: {},
  failures: [],
};

const placement = {
  id: PLACEMENT_ID,
  seasonId: SEASON_ID,
  applicationId: APPLICATION_ID,
  stage: 'federal-internship',
  offerId: 'minek-strategy-2027',
  hostOrganisation: 'minek',
  round: 1,
  choiceRank: 1,
  status: 'offered' as const,
  offeredAt: '2027-11-20T09:01:05.000Z',
  respondBy: '2027-11-27T09:01:05.000Z',
  history: [{ at: '2027-11-20T09:01:05.000Z', status: 'offered' as const, by: `staff:${STAFF}` }],
  version: 1,
  offer: {
    title: { ru: 'Стажировка в департаменте стратегического развития', en: 'Internship in the strategy department' },
    hostName: { ru: 'Министерство экономического развития', en: 'Ministry of Economic Development' },
    startsOn: '2028-02-07',
    endsOn: '2028-03-03',
    city: 'Москва',
  },
};
const accepted = {
  ...placement,
  status: 'accepted' as const,
  answeredAt: '2027-11-21T18:30:00.000Z',
  history: [...placement.history, { at: '2027-11-21T18:30:00.000Z', status: 'accepted' as const, by: 'applicant' }],
  version: 2,
};
const completed = {
  ...accepted,
  status: 'completed' as const,
  startedAt: '2028-02-07T06:00:00.000Z',
  finishedAt: '2028-03-03T14:00:00.000Z',
  evaluation: {
    rubricId: 'federal-internship-evaluation',
    scores: { engagement: 9, quality: 8, initiative: 7.5 },
    weightedScore: 8.25,
    attendanceDays: 19,
    report: 'Подготовила аналитическую записку по региональным программам развития; работала самостоятельно и в срок.',
    evaluatedBy: 'partner:minek-hr-1',
    evaluatedAt: '2028-03-03T14:00:00.000Z',
  },
  history: [
    ...accepted.history,
    { at: '2028-02-07T06:00:00.000Z', status: 'started' as const, by: 'partner:minek-hr-1' },
    { at: '2028-03-03T14:00:00.000Z', status: 'completed' as const, by: 'partner:minek-hr-1' },
  ],
  version: 4,
};

export const PLACEMENT_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(startInternshipMatchingRun, {
    request: { stage: 'federal-internship', dryRun: true, round: 1 },
    responses: {
      202: {
        ...run,
        dryRun: true,
        status: 'running',
        phase: 'collect-applicants',
        updatedAt: run.startedAt,
        finishedAt: undefined,
        applicants: 0,
        excluded: 0,
        excludedReasons: {},
        offers: 0,
        seats: 0,
        matched: 0,
        firstChoice: 0,
        proposals: 0,
        unmatched: 0,
        unmatchedReasons: {},
        unfilledOffers: 0,
        unfilledSeats: 0,
        unfilledReasons: {},
        offered: 0,
      },
    },
  }),
  routeExamples(listInternshipMatchingRuns, { responses: { 200: { items: [run] } } }),
  routeExamples(getInternshipMatchingRun, { responses: { 200: run } }),
  routeExamples(listInternshipMatchingOutcomes, {
    responses: {
      200: {
        kind: 'unmatched',
        items: [
          {
            applicationId: SECOND_APPLICATION_ID,
            reason: 'outranked',
            explanation: {
              ru: 'Все выбранные вами варианты, которые могли вас принять, отдали свои места кандидатам, которых поставили выше вас.',
              en: 'Every option you chose that could take you gave all its places to candidates it ranked above you.',
            },
            choices: [
              { offerId: 'minek-strategy-2027', choiceRank: 1, outcome: 'outranked' },
              { offerId: 'minfin-budget-2027', choiceRank: 2, outcome: 'outranked' },
            ],
          },
        ],
        nextCursor: CURSOR,
      },
    },
  }),
  routeExamples(resumeInternshipMatchingRun, {
    responses: {
      202: {
        ...run,
        status: 'running',
        phase: 'offer',
        resumedBy: STAFF,
        resumedAt: '2027-11-20T09:20:00.000Z',
        finishedAt: undefined,
        executions: 2,
        offered: 200,
        failures: [{ at: '2027-11-20T09:01:30.000Z', phase: 'offer', error: 'States.Timeout', cause: 'The state timed out.' }],
      },
    },
  }),
  routeExamples(getMyPlacement, { responses: { 200: placement } }),
  routeExamples(answerMyPlacement, { request: { answer: 'accept', version: 1 }, responses: { 200: accepted } }),
  routeExamples(listSeasonPlacements, {
    responses: { 200: { items: [{ ...accepted, offer: undefined }], nextCursor: CURSOR } },
  }),
  routeExamples(getPlacement, { responses: { 200: completed } }),
  routeExamples(takePlacementStep, {
    request: {
      step: 'complete',
      version: 3,
      scores: { engagement: 9, quality: 8, initiative: 7.5 },
      attendanceDays: 19,
      report: 'Подготовила аналитическую записку по региональным программам развития; работала самостоятельно и в срок.',
    },
    responses: { 200: { placement: completed, move: { outcome: 'started', from: 'federal-internship', to: 'closing' } } },
  }),
  routeExamples(getInternshipKpis, {
    responses: {
      200: {
        seasonId: SEASON_ID,
        started: 371,
        completed: 342,
        targets: [
          {
            kpiId: 'internships',
            name: { ru: 'Проведено стажировок', en: 'Internships held' },
            target: 300,
            period: 'season',
            completed: 342,
            reached: true,
          },
        ],
      },
    },
  }),
];
