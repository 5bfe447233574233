import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, it } from 'vitest';
import { call, openSeason, readyDraft, submit, type SeasonSetUp } from '../../support/application-fixtures.ts';
import { callReports, callReportsRaw } from '../../support/call-reports.ts';
import { type Claims, partnerClaims, staffClaims } from '../../support/claims.ts';
import { registerOrganisation } from '../../support/partner-organisations.ts';

/**
 * The reports over counters the real moves keep: applicants of Perm Krai and Udmurtia submit through
 * the applications function, one withdraws, and the funnel, the breakdowns and time in stage read
 * what happened, for staff whole and for Perm's youth-policy body its region only.
 */
let season: SeasonSetUp;
let staff: Claims;
let permBody: Claims;

const FUNNEL = '/seasons/{seasonId}/reports/funnel';

interface Stage {
  readonly stage: string;
  readonly now: number;
  readonly entered: number;
  readonly conversionFromPrevious: number | null;
}

const stagesOf = (body: Record<string, unknown>): Map<string, Stage> =>
  new Map((body['stages'] as Stage[]).map((stage) => [stage.stage, stage]));

beforeAll(async () => {
  season = await openSeason();
  staff = staffClaims(season.programmeId);
  const perm = await registerOrganisation({ kind: 'youth-policy-body', region: '59' });
  permBody = { ...partnerClaims(season.programmeId, perm.id), 'custom:region': '59' };
  const regions = ['59', '59', '59', '18', '18'] as const;
  const drafts = await Promise.all(regions.map((region) => readyDraft(season, { region })));
  for (const { applicant, applicationId } of drafts) {
    const submitted = await submit(applicationId, applicant.claims, randomUUID());
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  }
  const [first] = drafts;
  assert.ok(first);
  const withdrawn = await call({
    method: 'POST',
    route: '/applications/{applicationId}/withdraw',
    pathParameters: { applicationId: first.applicationId },
    claims: first.applicant.claims,
  });
  assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
});

describe('the reports over the counters real moves keep', () => {
  it('staff read the season’s funnel as it happened', async () => {
    const answer = await callReports({ method: 'GET', route: FUNNEL, pathParameters: { seasonId: season.seasonId }, claims: staff });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body['status'], 'ready');
    const stages = stagesOf(answer.body);
    assert.deepEqual([stages.get('application')?.now, stages.get('application')?.entered], [0, 5]);
    assert.deepEqual([stages.get('screening')?.now, stages.get('screening')?.entered], [4, 5]);
    assert.equal(stages.get('screening')?.conversionFromPrevious, 1);
    assert.deepEqual([stages.get('withdrawn')?.now, stages.get('withdrawn')?.entered], [1, 1]);
    assert.equal(stages.get('education')?.entered, 0);
  });

  it('Perm’s body sees Perm’s three applications, and by district the Volga district’s share from Perm', async () => {
    const answer = await callReports({ method: 'GET', route: FUNNEL, pathParameters: { seasonId: season.seasonId }, claims: permBody });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const stages = stagesOf(answer.body);
    assert.deepEqual([stages.get('screening')?.now, stages.get('screening')?.entered, stages.get('withdrawn')?.now], [2, 3, 1]);
    const byDistrict = await callReports({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/breakdown',
      pathParameters: { seasonId: season.seasonId },
      query: { by: 'federal-district', stage: 'screening' },
      claims: permBody,
    });
    assert.deepEqual(
      (byDistrict.body['rows'] as { key: string; now: number; entered: number }[]).map((row) => [row.key, row.now, row.entered]),
      [['volga', 2, 3]],
    );
    const staffByRegion = await callReports({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/breakdown',
      pathParameters: { seasonId: season.seasonId },
      query: { by: 'region', stage: 'screening' },
      claims: staff,
    });
    assert.deepEqual(
      (staffByRegion.body['rows'] as { key: string; entered: number }[]).map((row) => [row.key, row.entered]),
      [
        ['59', 3],
        ['18', 2],
      ],
    );
  });

  it('time in stage counts the withdrawal as a move out of screening', async () => {
    const answer = await callReports({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/time-in-stage',
      pathParameters: { seasonId: season.seasonId },
      claims: staff,
    });
    const screening = (answer.body['stages'] as { stage: string; moves: number; medianHours: number | null }[]).find(
      (stage) => stage.stage === 'screening',
    );
    assert.equal(screening?.moves, 1);
    assert.ok(screening?.medianHours !== null && (screening?.medianHours ?? 2) <= 1, 'withdrawn within the hour');
  });

  it('the same funnel as CSV', async () => {
    const csv = await callReportsRaw({
      method: 'GET',
      route: FUNNEL,
      pathParameters: { seasonId: season.seasonId },
      query: { format: 'csv' },
      claims: staff,
    });
    assert.ok(csv.text.includes('\r\nscreening,'));
    assert.match(csv.text, /\r\nscreening,[^\r]*,4,5,1,1\r\n/);
  });
});
