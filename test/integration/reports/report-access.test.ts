import assert from 'node:assert/strict';
import { beforeAll, describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { type Claims, partnerClaims, staffClaims } from '../../support/claims.ts';
import { callReports, callReportsRaw } from '../../support/call-reports.ts';
import { registerMinistry, registerOrganisation } from '../../support/partner-organisations.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

/**
 * The reports' routes through the reports function on the local cloud's DynamoDB: who reads which
 * season and region, staff-only KPIs with staff's reported actuals, and the CSV answers.
 */
const client = documentClient();
const tableName = requireEnv(ENV.tableName);

const FUNNEL = '/seasons/{seasonId}/reports/funnel';
const BREAKDOWN = '/seasons/{seasonId}/reports/breakdown';
const TIME = '/seasons/{seasonId}/reports/time-in-stage';
const KPIS = '/seasons/{seasonId}/reports/kpis';
const ACTUAL = '/seasons/{seasonId}/kpi-actuals/{kpiId}';

/** A stage name a spreadsheet would split or run, were it not quoted and neutralised. */
const AWKWARD_NAME = { ru: 'Заявочная кампания, "весна"', en: '=Application campaign' };

let prokadry: { programmeId: string; seasonId: string };
let kadry: { programmeId: string; seasonId: string };
let permBody: Claims;
let udmurtBody: Claims;
let ministry: Claims;
let permEmployer: Claims;

const regional = (claims: Claims, region: string): Claims => ({ ...claims, 'custom:region': region });

beforeAll(async () => {
  const pipeline = prokadryTemplate.settings.pipeline;
  prokadry = await seedOpenSeason(client, tableName, {
    prefix: 'reports',
    settings: {
      pipeline: {
        ...pipeline,
        stages: pipeline.stages.map((stage) => (stage.id === 'application' ? { ...stage, name: AWKWARD_NAME } : stage)),
      },
    },
  });
  kadry = await seedOpenSeason(client, tableName, { template: kadryBudushchegoTemplate, prefix: 'reports-kadry' });
  const perm = await registerOrganisation({ kind: 'youth-policy-body', region: '59' });
  const udmurtia = await registerOrganisation({ kind: 'regional-executive-body', region: '18' });
  const employer = await registerOrganisation({ kind: 'employer', region: '59' });
  const minfin = await registerMinistry();
  permBody = regional(partnerClaims(prokadry.programmeId, perm.id), '59');
  udmurtBody = regional(partnerClaims(prokadry.programmeId, udmurtia.id), '18');
  permEmployer = regional(partnerClaims(prokadry.programmeId, employer.id), '59');
  ministry = partnerClaims(prokadry.programmeId, minfin.id);
});

const get = (route: string, seasonId: string, claims: Claims, query: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  callReports({ method: 'GET', route, pathParameters: { seasonId }, query, claims, headers });

describe('who reads a season’s reports', () => {
  it('staff of the programme read every report', async () => {
    const staff = staffClaims(prokadry.programmeId);
    const funnel = await get(FUNNEL, prokadry.seasonId, staff);
    assert.equal(funnel.status, 200, JSON.stringify(funnel.body));
    assert.equal(funnel.body['programmeId'], prokadry.programmeId);
    assert.ok(['ready', 'not-built', 'rebuilding'].includes(String(funnel.body['status'])));
    const stages = funnel.body['stages'] as { stage: string; name: unknown }[];
    assert.deepEqual(
      stages.map((stage) => stage.stage),
      prokadryTemplate.settings.pipeline.stages.map((stage) => stage.id),
    );
    assert.deepEqual(stages[0]?.name, AWKWARD_NAME);
    for (const by of ['track', 'region', 'federal-district', 'role'])
      assert.equal((await get(BREAKDOWN, prokadry.seasonId, staff, { by })).status, 200, by);
    assert.equal((await get(TIME, prokadry.seasonId, staff, { region: '77' })).status, 200);
    assert.equal((await get(KPIS, prokadry.seasonId, staff)).status, 200);
  });

  it('staff of another programme get the 404 of a missing season', async () => {
    const other = staffClaims(kadry.programmeId);
    for (const route of [FUNNEL, TIME, KPIS]) {
      const answer = await get(route, prokadry.seasonId, other);
      assert.equal(answer.status, 404, route);
      assert.equal(answer.body['code'], 'not-found');
    }
    assert.equal((await get(BREAKDOWN, prokadry.seasonId, other, { by: 'region' })).status, 404);
  });

  it('a region’s body sees its own region: the report says so, and by region it is the only row there could be', async () => {
    const funnel = await get(FUNNEL, prokadry.seasonId, permBody);
    assert.equal(funnel.status, 200, JSON.stringify(funnel.body));
    assert.deepEqual(funnel.body['filter'], { region: '59' });
    assert.equal((await get(FUNNEL, prokadry.seasonId, permBody, { region: '59', track: 'young' })).status, 200);
    const byRegion = await get(BREAKDOWN, prokadry.seasonId, permBody, { by: 'region' });
    assert.equal(byRegion.status, 200);
    assert.ok((byRegion.body['rows'] as { key: string }[]).every((row) => row.key === '59'));
    assert.equal((await get(TIME, prokadry.seasonId, udmurtBody)).status, 200);
  });

  it('another region, a federal ministry, an employer: 404', async () => {
    for (const [who, claims, query] of [
      ['Perm’s body asking for Udmurtia', permBody, { region: '18' }],
      ['Udmurtia’s body asking for Perm', udmurtBody, { region: '59' }],
      ['a federal ministry', ministry, {}],
      ['an employer of the region', permEmployer, {}],
    ] as const) {
      const funnel = await get(FUNNEL, prokadry.seasonId, claims, query);
      assert.equal(funnel.status, 404, `${who}: ${JSON.stringify(funnel.body)}`);
      const time = await get(TIME, prokadry.seasonId, claims, query);
      assert.equal(time.status, 404, who);
    }
    assert.equal((await get(BREAKDOWN, prokadry.seasonId, ministry, { by: 'region' })).status, 404);
    assert.equal((await get(FUNNEL, 'no-such-season', permBody)).status, 404);
  });

  it('KPIs and reported actuals are staff’s: a partner is refused by the route', async () => {
    assert.equal((await get(KPIS, prokadry.seasonId, permBody)).status, 403);
    const put = await callReports({
      method: 'PUT',
      route: ACTUAL,
      pathParameters: { seasonId: kadry.seasonId, kpiId: 'projects-supported' },
      body: { period: 'season', value: 10 },
      claims: permBody,
    });
    assert.equal(put.status, 403);
  });
});

describe('KPIs with staff’s reported actuals', () => {
  it('stores the actual of a reported KPI and shows it against the target', async () => {
    const staff = staffClaims(kadry.programmeId);
    const put = await callReports({
      method: 'PUT',
      route: ACTUAL,
      pathParameters: { seasonId: kadry.seasonId, kpiId: 'projects-supported' },
      body: { period: 'season', value: 55, note: 'По отчётам команд' },
      claims: staff,
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body['value'], 55);
    const report = await get(KPIS, kadry.seasonId, staff);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    const kpis = report.body['kpis'] as { id: string; source: string; periods: Record<string, unknown>[] }[];
    const supported = kpis.find((kpi) => kpi.id === 'projects-supported');
    assert.equal(supported?.source, 'reported');
    assert.deepEqual(
      { ...supported?.periods[0], reportedAt: undefined },
      { period: 'season', actual: 55, progress: 1.1, met: true, note: 'По отчётам команд', reportedAt: undefined },
    );
    const partners = kpis.find((kpi) => kpi.id === 'partners');
    assert.deepEqual([partners?.source, partners?.periods[0]?.['actual']], ['counted', 0]);
  });

  it('refuses a counted KPI, an unknown one and a period of the wrong kind', async () => {
    const staff = staffClaims(kadry.programmeId);
    const put = (kpiId: string, body: unknown) =>
      callReports({ method: 'PUT', route: ACTUAL, pathParameters: { seasonId: kadry.seasonId, kpiId }, body, claims: staff });
    const counted = await put('partners', { period: 'season', value: 3 });
    assert.deepEqual([counted.status, counted.body['code']], [409, 'kpi-not-reported']);
    assert.equal((await put('no-such-kpi', { period: 'season', value: 3 })).status, 404);
    const quarter = await put('projects-supported', { period: '2026-Q3', value: 3 });
    assert.deepEqual([quarter.status, quarter.body['code']], [422, 'wrong-period-kind']);
    assert.equal((await put('projects-supported', { period: 'spring', value: 3 })).status, 400);
    assert.equal((await put('projects-supported', { period: 'season', value: -1 })).status, 400);
  });
});

describe('CSV', () => {
  it('answers ?format=csv as UTF-8 with a byte order mark, names quoted and neutralised', async () => {
    const staff = staffClaims(prokadry.programmeId);
    const answer = await callReportsRaw({
      method: 'GET',
      route: FUNNEL,
      pathParameters: { seasonId: prokadry.seasonId },
      query: { format: 'csv' },
      claims: staff,
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(answer.headers['content-disposition']), /^attachment; filename="funnel-.+\.csv"$/);
    assert.equal(answer.text.charCodeAt(0), 0xfeff);
    const lines = answer.text.slice(1).split('\r\n');
    assert.equal(lines[0], 'stage,name_ru,name_en,now,entered,conversion_from_previous,conversion_from_first');
    assert.match(lines[1] ?? '', /^application,"Заявочная кампания, ""весна""",'=Application campaign,\d+,\d+,/);
    assert.equal(lines.at(-1), '', 'every record ends with CRLF');
  });

  it('answers Accept: text/csv without a format, and JSON when format says so', async () => {
    const staff = staffClaims(kadry.programmeId);
    const init = { method: 'GET', route: KPIS, pathParameters: { seasonId: kadry.seasonId }, claims: staff };
    const csv = await callReportsRaw({ ...init, headers: { accept: 'text/csv' } });
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.ok(
      csv.text.startsWith('\uFEFFid,name_ru,name_en,unit,target,source,period,actual,progress,met,cumulative,reported_at,note\r\n'),
    );
    assert.ok(csv.text.includes('\r\ntrained,'));
    const json = await callReportsRaw({ ...init, query: { format: 'json' }, headers: { accept: 'text/csv' } });
    assert.equal(json.headers['content-type'], 'application/json');
    assert.ok(Array.isArray(JSON.parse(json.text).kpis));
    const breakdown = await callReportsRaw({
      method: 'GET',
      route: BREAKDOWN,
      pathParameters: { seasonId: kadry.seasonId },
      query: { by: 'role', format: 'csv' },
      claims: staff,
    });
    assert.ok(breakdown.text.startsWith('\uFEFFkey,name_ru,name_en,now,entered,now_application,entered_application,'));
  });
});
