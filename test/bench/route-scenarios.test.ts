import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { routeKey } from '../../shared/platform/http/route.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { newApplicantClaims, SCENARIOS, type BenchIds } from './scenarios.ts';

/**
 * `npm run bench` measures every operation of the route table: a route added without a scenario
 * in scenarios.ts fails here, in `npm test`, not half an hour into a bench run.
 */
const ids: BenchIds = {
  seasonId: 'bench-season',
  programmeId: 'bench',
  applicant: newApplicantClaims(),
  staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': 'bench' },
  applicationId: '00000000-0000-4000-8000-000000000001',
  documentId: '00000000-0000-4000-8000-000000000002',
  submittedVersion: 2,
  failureId: 'bench-failure',
  gateRunId: '00000000-0000-4000-8000-000000000003',
  reviewAssignmentRunId: '00000000-0000-4000-8000-000000000006',
  catalogue: { programmeId: 'bench-catalogue', seasonId: 'bench-catalogue-season', staff: {} },
  coursesVersion: 0,
  mailRef: 'bench-mail',
  teams: { seasonId: 'bench-teams-season', staff: {}, members: [], mentor: 'mentor', teamId: 'team-1' },
  reviews: {
    seasonId: 'bench-reviews-season',
    staff: {},
    applicationId: '00000000-0000-4000-8000-000000000004',
    secondApplicationId: '00000000-0000-4000-8000-000000000005',
    rubricId: 'project-evaluation',
  },
  interviews: {
    seasonId: 'bench-interviews-season',
    staff: {},
    applicant: {},
    applicationId: '00000000-0000-4000-8000-000000000006',
    secondApplicationId: '00000000-0000-4000-8000-000000000007',
    eventId: 'bench-ministry',
    emptyEventId: 'bench-empty',
  },
  partnerOrganisationId: 'bench-partner',
  internships: {
    seasonId: 'bench-internships-season',
    staff: {},
    host: {},
    hostOrganisation: 'perm-roiv',
    applicant: {},
    applicationId: '00000000-0000-4000-8000-000000000008',
    offerId: 'bench-regional-offer',
  },
  placements: {
    seasonId: 'bench-placements-season',
    staff: {},
    applicant: {},
    applicationId: '00000000-0000-4000-8000-00000000000b',
    host: {},
    runId: '00000000-0000-4000-8000-000000000009',
    placementId: '00000000-0000-4000-8000-00000000000a',
  },
  releases: {
    applicationId: '00000000-0000-4000-8000-000000000008',
    releaseId: '00000000-0000-4000-8000-000000000009',
    applicant: newApplicantClaims(),
    clientId: 'bench-portal',
    exportId: '00000000-0000-4000-8000-00000000000a',
    exportKey: 'A'.repeat(43),
  },
  mentoring: {
    seasonId: 'bench-mentoring-season',
    programmeId: 'bench-mentoring',
    staff: {},
    mentor: { sub: 'mentor-bench' },
    mentee: {},
    applicationId: '00000000-0000-4000-8000-000000000008',
    pairId: '00000000-0000-4000-8000-000000000009',
    secondApplicationId: '00000000-0000-4000-8000-00000000000a',
    handApplicationId: '00000000-0000-4000-8000-00000000000b',
    handMentorId: 'mentor-bench-hand',
    idleMentorId: 'mentor-bench-idle',
  },
  certificates: {
    seasonId: 'bench-certificates-season',
    staff: {},
    holder: {},
    certificateId: '00000000-0000-4000-8000-00000000000c',
    version: 2,
  },
};

describe('the bench’s route scenarios', () => {
  it('has a scenario for every operation of the route table', () => {
    const scripted = new Set(SCENARIOS.map((scenario) => scenario.operationId));
    const missing = ROUTES.filter((route) => !scripted.has(route.operationId)).map((route) => `${route.operationId} (${routeKey(route)})`);
    assert.deepEqual(missing, [], 'add a scenario to test/bench/scenarios.ts for each');
  });

  it('has one scenario per operation, each naming an operation that exists', () => {
    const operations = new Set(ROUTES.map((route) => route.operationId));
    assert.deepEqual(
      SCENARIOS.map((scenario) => scenario.operationId).filter((operationId) => !operations.has(operationId)),
      [],
    );
    const seen = SCENARIOS.map((scenario) => scenario.operationId);
    assert.deepEqual(
      seen.filter((operationId, index) => seen.indexOf(operationId) !== index),
      [],
    );
  });

  it('calls each operation on its own method and path', () => {
    for (const scenario of SCENARIOS) {
      const route = ROUTES.find((candidate) => candidate.operationId === scenario.operationId);
      if (route === undefined) continue;
      const request = scenario.request(ids);
      assert.equal(`${request.method} ${request.route}`, routeKey(route), scenario.operationId);
      const named = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
      assert.deepEqual(Object.keys(request.pathParameters ?? {}).sort(), named, `${scenario.operationId}: its path parameters`);
    }
  });
});
