import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { AppError } from '../../../shared/platform/errors/app-error.ts';
import { readBreakdown } from '../../../shared/reports/use-cases/read-breakdown.ts';
import { readFunnel } from '../../../shared/reports/use-cases/read-funnel.ts';
import { readKpis } from '../../../shared/reports/use-cases/read-kpis.ts';
import { readTimeInStage } from '../../../shared/reports/use-cases/read-time-in-stage.ts';
import { saveKpiActual } from '../../../shared/reports/use-cases/save-kpi-actual.ts';
import { counts, organisation, partner, programmeOf, reportWorld, seasonOf, staff, stageCount } from './report-world.ts';

const prokadry = programmeOf(prokadryTemplate, 'prokadry-2026');
const kadry = programmeOf(kadryBudushchegoTemplate, 'kadry-2026');
const prokadrySeason = seasonOf(prokadry, 'prokadry-2026-spring');
const kadrySeason = seasonOf(kadry, 'kadry-2026');

const world = () => {
  const built = reportWorld(
    [
      { season: prokadrySeason, programme: prokadry },
      { season: kadrySeason, programme: kadry },
    ],
    [
      organisation('molodezh-perm', 'youth-policy-body', '59'),
      organisation('minsport', 'federal-ministry', null),
      organisation('perm-employer', 'employer', '59'),
    ],
    { hostOrganisations: 11 },
  );
  built.counts.set(
    prokadrySeason.id,
    counts(prokadrySeason.id, {
      stages: [
        stageCount('application', { now: 3, entered: 10 }, { region: '59', track: 'young' }),
        stageCount('application', { now: 5, entered: 20 }, { region: '77', track: 'pro' }),
        stageCount('screening', { now: 7, entered: 7 }, { region: '59', track: 'young' }),
        stageCount('screening', { now: 15, entered: 15 }, { region: '77', track: 'pro' }),
      ],
    }),
  );
  return built;
};

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return `${error.status} ${error.code}`;
  }
  assert.fail('expected a refusal');
};

describe('who reads a season’s reports', () => {
  it('staff of the programme read it whole, or the region they ask for', async () => {
    const { deps } = world();
    const whole = await readFunnel(deps, staff(['prokadry-2026']), prokadrySeason.id, {});
    assert.equal(whole.stages.find((stage) => stage.stage === 'application')?.entered, 30);
    assert.deepEqual(whole.filter, {});
    const perm = await readFunnel(deps, staff(['*']), prokadrySeason.id, { region: '59', track: 'young' });
    assert.deepEqual(perm.filter, { region: '59', track: 'young' });
    assert.equal(perm.stages.find((stage) => stage.stage === 'application')?.entered, 10);
    assert.equal(perm.generatedAt, '2026-10-01T12:00:00.000Z');
  });

  it('staff of another programme get the 404 of a missing season', async () => {
    const { deps } = world();
    assert.equal(await refusal(readFunnel(deps, staff(['kadry-2026']), prokadrySeason.id, {})), '404 not-found');
    assert.equal(await refusal(readKpis(deps, staff(['kadry-2026']), prokadrySeason.id)), '404 not-found');
  });

  it('a regional body’s partner sees its own region only', async () => {
    const { deps } = world();
    const perm = partner('molodezh-perm', '59');
    const funnel = await readFunnel(deps, perm, prokadrySeason.id, {});
    assert.deepEqual(funnel.filter, { region: '59' });
    assert.equal(funnel.stages.find((stage) => stage.stage === 'screening')?.now, 7);
    const asked = await readFunnel(deps, perm, prokadrySeason.id, { region: '59' });
    assert.deepEqual(asked.filter, { region: '59' });
    const byRegion = await readBreakdown(deps, perm, prokadrySeason.id, { by: 'region' });
    assert.deepEqual(
      byRegion.report.rows.map((row) => row.key),
      ['59'],
    );
    const byDistrict = await readBreakdown(deps, perm, prokadrySeason.id, { by: 'federal-district' });
    assert.deepEqual(
      byDistrict.report.rows.map((row) => [row.key, row.entered]),
      [['volga', 17]],
    );
    assert.equal((await readTimeInStage(deps, perm, prokadrySeason.id, undefined)).status, 'ready');
  });

  it('another region, a federal ministry, an employer, an unregistered partner: 404', async () => {
    const { deps } = world();
    assert.equal(await refusal(readFunnel(deps, partner('molodezh-perm', '59'), prokadrySeason.id, { region: '77' })), '404 not-found');
    assert.equal(await refusal(readTimeInStage(deps, partner('molodezh-perm', '59'), prokadrySeason.id, '77')), '404 not-found');
    assert.equal(await refusal(readFunnel(deps, partner('minsport'), prokadrySeason.id, {})), '404 not-found');
    assert.equal(await refusal(readBreakdown(deps, partner('perm-employer', '59'), prokadrySeason.id, { by: 'track' })), '404 not-found');
    assert.equal(await refusal(readFunnel(deps, partner('nobody'), prokadrySeason.id, {})), '404 organisation-not-registered');
    assert.equal(await refusal(readFunnel(deps, partner('molodezh-perm', '59'), 'no-such-season', {})), '404 not-found');
  });

  it('KPIs are staff’s: a partner gets the 404 of a missing season', async () => {
    const { deps } = world();
    assert.equal(await refusal(readKpis(deps, partner('molodezh-perm', '59'), kadrySeason.id)), '404 not-found');
  });
});

describe('the KPI report', () => {
  it('reads only the facts its KPIs are measured by', async () => {
    const { deps, reads } = world();
    const report = await readKpis(deps, staff(['kadry-2026']), kadrySeason.id);
    assert.equal(report.status, 'not-built');
    assert.deepEqual(
      report.kpis.map((kpi) => [kpi.id, kpi.source]),
      kadry.settings.kpiTargets.map((kpi) => [kpi.id, kpi.measure?.kind === 'reported' ? 'reported' : 'counted']),
    );
    assert.equal(report.kpis.find((kpi) => kpi.id === 'partners')?.periods[0]?.actual, 11);
    assert.deepEqual(reads, { internships: 0, mentorPools: 0, hostOrganisations: 1, kpiActuals: 1 });
  });
});

describe('staff report a KPI’s actual', () => {
  it('stores it for a reported KPI and shows it in the report; a second report replaces it', async () => {
    const { deps } = world();
    const caller = staff(['kadry-2026']);
    await saveKpiActual(deps, caller, kadrySeason.id, 'projects-supported', { period: 'season', value: 40 });
    const stored = await saveKpiActual(deps, caller, kadrySeason.id, 'projects-supported', {
      period: 'season',
      value: 60,
      note: 'Исправлено',
    });
    assert.deepEqual(stored, {
      seasonId: kadrySeason.id,
      kpiId: 'projects-supported',
      period: 'season',
      value: 60,
      note: 'Исправлено',
      reportedAt: '2026-10-01T12:00:00.000Z',
      reportedBy: 'staff-1',
    });
    const report = await readKpis(deps, caller, kadrySeason.id);
    const kpi = report.kpis.find((candidate) => candidate.id === 'projects-supported');
    assert.deepEqual(kpi?.periods, [
      { period: 'season', actual: 60, progress: 1.2, met: true, reportedAt: '2026-10-01T12:00:00.000Z', note: 'Исправлено' },
    ]);
  });

  it('refuses an unknown KPI, a counted one, and a period of the wrong kind or outside the season', async () => {
    const { deps } = world();
    const caller = staff(['kadry-2026']);
    const season = kadrySeason.id;
    assert.equal(await refusal(saveKpiActual(deps, caller, season, 'nothing', { period: 'season', value: 1 })), '404 not-found');
    assert.equal(await refusal(saveKpiActual(deps, caller, season, 'partners', { period: 'season', value: 1 })), '409 kpi-not-reported');
    assert.equal(
      await refusal(saveKpiActual(deps, caller, season, 'projects-supported', { period: '2026-Q3', value: 1 })),
      '422 wrong-period-kind',
    );
    const quarterly = programmeOf(kadryBudushchegoTemplate, 'kadry-q');
    const kpis = quarterly.settings.kpiTargets.map((kpi) =>
      kpi.id === 'projects-supported' ? { ...kpi, period: 'quarter' as const } : kpi,
    );
    const withQuarters = { ...quarterly, settings: { ...quarterly.settings, kpiTargets: kpis } };
    const quarterSeason = seasonOf(withQuarters, 'kadry-q-2026');
    const other = reportWorld([{ season: quarterSeason, programme: withQuarters }], []);
    const manager = staff(['kadry-q']);
    assert.equal(
      await refusal(saveKpiActual(other.deps, manager, quarterSeason.id, 'projects-supported', { period: '2027-Q1', value: 1 })),
      '422 period-outside-season',
    );
    assert.equal(
      await refusal(saveKpiActual(other.deps, manager, quarterSeason.id, 'projects-supported', { period: 'season', value: 1 })),
      '422 wrong-period-kind',
    );
    await saveKpiActual(other.deps, manager, quarterSeason.id, 'projects-supported', { period: '2026-Q4', value: 30 });
    const report = await readKpis(other.deps, manager, quarterSeason.id);
    assert.deepEqual(
      report.kpis.find((kpi) => kpi.id === 'projects-supported')?.periods.map((period) => [period.period, period.actual]),
      [
        ['2026-Q2', null],
        ['2026-Q3', null],
        ['2026-Q4', 30],
      ],
    );
  });
});
