import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import type { KpiTarget } from '../../../shared/catalogue/domain/config/kpi-target-schema.ts';
import { NO_VALUE } from '../../../shared/counters/domain/season-counts.ts';
import { breakdownRows } from '../../../shared/reports/domain/breakdown.ts';
import { funnelStages } from '../../../shared/reports/domain/funnel.ts';
import { kpiRow } from '../../../shared/reports/domain/kpi-figures.ts';
import { quartersBetween } from '../../../shared/reports/domain/moscow-quarter.ts';
import { funnelCsv, kpiCsv } from '../../../shared/reports/domain/report-csv.ts';
import { seasonQuarters } from '../../../shared/reports/domain/season-quarters.ts';
import { histogramQuantile, timeInStages } from '../../../shared/reports/domain/time-in-stage.ts';
import { wantsCsv } from '../../../shared/reports/report-format.ts';
import { counts, emptyBuckets, programmeOf, seasonOf, stageCount } from './report-world.ts';

const prokadry = programmeOf(prokadryTemplate, 'prokadry-2026');
const pipeline = prokadry.settings.pipeline;

describe('the funnel', () => {
  const rows = [
    stageCount('application', { now: 6, entered: 60 }, { region: '59', track: 'young' }),
    stageCount('application', { now: 4, entered: 40 }, { region: '77', track: 'pro' }),
    stageCount('screening', { entered: 80 }, { region: '59' }),
    stageCount('education', { now: 10, entered: 60 }),
    stageCount('interview', { entered: 40 }),
    stageCount('regional-internship', { now: 10, entered: 10 }),
    stageCount('federal-interview', { entered: 20 }),
    stageCount('federal-internship', { now: 8, entered: 8 }),
    stageCount('closing', { now: 9, entered: 9 }),
    stageCount('not-selected', { now: 30, entered: 30 }),
    stageCount('withdrawn', { now: 5, entered: 5 }),
  ];
  const funnel = new Map(funnelStages(pipeline, rows).map((stage) => [stage.stage, stage]));

  it('lists every stage in pipeline order, exits included, with its name', () => {
    assert.deepEqual(
      funnelStages(pipeline, rows).map((stage) => stage.stage),
      pipeline.stages.map((stage) => stage.id),
    );
    assert.deepEqual(funnel.get('screening')?.name, pipeline.stages[1]?.name);
    assert.deepEqual(funnel.get('application'), {
      stage: 'application',
      name: pipeline.stages[0]?.name,
      now: 10,
      entered: 100,
      conversionFromPrevious: null,
      conversionFromFirst: 1,
    });
  });

  it('measures conversion from the stages that lead in, not from the stage listed before', () => {
    assert.equal(funnel.get('screening')?.conversionFromPrevious, 0.8);
    // The federal interview follows the interview; the regional internship listed between them does not lead to it.
    assert.equal(funnel.get('federal-interview')?.conversionFromPrevious, 0.5);
    // The closing event is reached from either internship: the two ways in add up.
    assert.equal(funnel.get('closing')?.conversionFromPrevious, 0.5);
    assert.equal(funnel.get('closing')?.conversionFromFirst, 0.09);
    assert.equal(funnel.get('completed')?.entered, 0);
    assert.equal(funnel.get('completed')?.conversionFromPrevious, 0);
  });

  it('gives exits no conversion from a previous stage, and nothing to divide by none', () => {
    assert.equal(funnel.get('not-selected')?.conversionFromPrevious, null);
    assert.equal(funnel.get('not-selected')?.conversionFromFirst, 0.3);
    const empty = funnelStages(pipeline, []);
    assert.ok(empty.every((stage) => stage.conversionFromFirst === null && stage.now === 0 && stage.entered === 0));
  });

  it('measures project work against the education tracks, not the school before them too', () => {
    const kadry = programmeOf(kadryBudushchegoTemplate, 'kadry-2026');
    const stages = funnelStages(kadry.settings.pipeline, [
      stageCount('regional-school', { entered: 30 }),
      stageCount('education-tracks', { entered: 25 }),
      stageCount('project-work', { entered: 20 }),
    ]);
    assert.equal(stages.find((stage) => stage.stage === 'project-work')?.conversionFromPrevious, 0.8);
  });
});

describe('the breakdowns', () => {
  const rows = [
    stageCount('application', { now: 1, entered: 5 }, { region: '59', track: 'young' }),
    stageCount('screening', { now: 4, entered: 4 }, { region: '59', track: 'young' }),
    stageCount('application', { now: 2, entered: 7 }, { region: '18', track: 'pro' }),
    stageCount('application', { now: 3, entered: 3 }, { region: '77', track: 'young' }),
    stageCount('application', { now: 2, entered: 2 }),
  ];

  it('by federal district: Perm Krai and Udmurtia are both of the Volga district; no region collects under "-"', () => {
    const byDistrict = breakdownRows(prokadry.settings, rows, 'federal-district', undefined);
    assert.deepEqual(
      byDistrict.map((row) => [row.key, row.now, row.entered]),
      [
        ['volga', 7, 16],
        ['central', 3, 3],
        [NO_VALUE, 2, 2],
      ],
    );
    assert.equal(byDistrict[0]?.name.ru, 'Приволжский федеральный округ');
    assert.deepEqual(byDistrict[0]?.stages['screening'], { now: 4, entered: 4 });
    assert.deepEqual(byDistrict[2]?.name, { ru: 'Не указано', en: 'Not set' });
  });

  it('by track with one stage: totals of that stage, every stage still listed', () => {
    const byTrack = breakdownRows(prokadry.settings, rows, 'track', 'screening');
    const young = byTrack.find((row) => row.key === 'young');
    assert.deepEqual([young?.now, young?.entered], [4, 4]);
    assert.deepEqual(young?.stages['application'], { now: 4, entered: 8 });
    assert.equal(young?.name.en, prokadry.settings.tracks.find((track) => track.id === 'young')?.name.en);
    assert.equal(byTrack[0]?.key, 'young', 'most entries first');
  });

  it('by region: names from the reference list', () => {
    const byRegion = breakdownRows(prokadry.settings, rows, 'region', undefined);
    assert.equal(byRegion.find((row) => row.key === '59')?.name.ru, 'Пермский край');
  });
});

describe('time in stage from the histogram', () => {
  it('interpolates the median and p90 inside their buckets', () => {
    // Ten stays in (0, 1] hours and ten in (24, 48]: the median is at the top of the first bucket, p90 at 4/5 of the second.
    const buckets = emptyBuckets();
    buckets[0] = 10;
    buckets[6] = 10;
    assert.equal(histogramQuantile(buckets, 0.5), 1);
    assert.equal(histogramQuantile(buckets, 0.9), 43.2);
  });

  it('gives a floor for stays past the last bound, and null without stays', () => {
    const buckets = emptyBuckets();
    buckets[buckets.length - 1] = 3;
    assert.equal(histogramQuantile(buckets, 0.5), 8760);
    assert.equal(histogramQuantile(emptyBuckets(), 0.5), null);
  });

  it('adds up the regions of a stage, with the mean from the summed time', () => {
    const first = emptyBuckets();
    first[2] = 2; // (2, 4] hours
    const second = emptyBuckets();
    second[2] = 2;
    const stages = timeInStages(pipeline, [
      { stage: 'screening', region: '59', buckets: first, moves: 2, totalSeconds: 2 * 3 * 3600 },
      { stage: 'screening', region: '77', buckets: second, moves: 2, totalSeconds: 2 * 4 * 3600 },
    ]);
    const screening = stages.find((stage) => stage.stage === 'screening');
    assert.deepEqual([screening?.moves, screening?.medianHours, screening?.p90Hours, screening?.meanHours], [4, 3, 3.8, 3.5]);
    assert.deepEqual(
      stages.find((stage) => stage.stage === 'education'),
      {
        stage: 'education',
        name: pipeline.stages[2]?.name,
        moves: 0,
        medianHours: null,
        p90Hours: null,
        meanHours: null,
      },
    );
  });
});

describe('quarters in Moscow time', () => {
  it('counts 22:30 UTC on 30 September in the fourth quarter', () => {
    assert.deepEqual(quartersBetween('2026-09-30T20:59:59Z', '2026-09-30T22:30:00Z'), ['2026-Q3', '2026-Q4']);
    assert.deepEqual(quartersBetween('2026-11-01T00:00:00Z', '2027-02-01T00:00:00Z'), ['2026-Q4', '2027-Q1']);
  });

  it('spans the season’s calendar', () => {
    assert.deepEqual(seasonQuarters(seasonOf(prokadry, 'prokadry-2026-spring')), ['2026-Q2', '2026-Q3', '2026-Q4']);
  });
});

describe('KPIs against their targets', () => {
  const quarters = ['2026-Q2', '2026-Q3', '2026-Q4'];
  const seasonCounts = counts('s', {
    stages: [
      stageCount('regional-school', { entered: 150, byQuarter: { '2026-Q3': 100, '2026-Q4': 50 } }, { role: 'pupil' }),
      stageCount('regional-school', { entered: 12, byQuarter: { '2026-Q3': 12 } }, { role: 'tutor' }),
    ],
    events: [
      { event: 'certificate-issued', subject: 'graduate', region: '59', count: 7, byQuarter: { '2026-Q4': 7 } },
      { event: 'certificate-issued', subject: 'other', region: '59', count: 2, byQuarter: { '2026-Q4': 2 } },
    ],
  });
  const kpi = (partial: Partial<KpiTarget>): KpiTarget => ({
    id: 'k',
    name: { ru: 'Показатель', en: 'KPI' },
    unit: 'people',
    target: 200,
    period: 'season',
    ...partial,
  });

  it('a season KPI of stage entries, narrowed to a role', () => {
    const row = kpiRow(
      kpi({ measure: { kind: 'stage-entered', stages: ['regional-school'], roles: ['pupil'] } }),
      quarters,
      seasonCounts,
      {},
      [],
    );
    assert.equal(row.source, 'counted');
    assert.deepEqual(row.periods, [{ period: 'season', actual: 150, progress: 0.75, met: false }]);
  });

  it('a quarterly KPI: quarters’ actuals where the measure keeps them, the season so far (marked) where it does not', () => {
    const certificates = kpiRow(
      kpi({ target: 5, period: 'quarter', measure: { kind: 'certificates-issued', achievements: ['graduate'] } }),
      quarters,
      seasonCounts,
      {},
      [],
    );
    assert.deepEqual(
      certificates.periods.map((period) => [period.period, period.actual, period.met]),
      [
        ['2026-Q2', 0, false],
        ['2026-Q3', 0, false],
        ['2026-Q4', 7, true],
      ],
    );
    const internships = kpiRow(
      kpi({ target: 10, period: 'quarter', measure: { kind: 'internships-completed' } }),
      quarters,
      seasonCounts,
      { internshipsCompleted: 12 },
      [],
    );
    assert.ok(internships.periods.every((period) => period.actual === 12 && period.cumulative === true && period.met === true));
  });

  it('the mentor pool counts its main tier and shows the reserve apart', () => {
    const row = kpiRow(
      kpi({ target: 20, measure: { kind: 'mentor-pool' } }),
      quarters,
      seasonCounts,
      { mentorPool: { main: 18, reserve: 4 } },
      [],
    );
    assert.equal(row.reserve, 4);
    assert.deepEqual(row.periods[0], { period: 'season', actual: 18, progress: 0.9, met: false });
  });

  it('a reported KPI shows what staff entered per period, null where nothing yet; no measure: not measured', () => {
    const reported = kpiRow(
      kpi({ unit: 'percent', target: 50, period: 'quarter', measure: { kind: 'reported' } }),
      quarters,
      seasonCounts,
      {},
      [
        {
          seasonId: 's',
          kpiId: 'k',
          period: '2026-Q3',
          value: 55,
          note: 'по данным партнёров',
          reportedAt: '2026-10-01T09:00:00.000Z',
          reportedBy: 'staff-1',
        },
      ],
    );
    assert.equal(reported.source, 'reported');
    assert.deepEqual(reported.periods[1], {
      period: '2026-Q3',
      actual: 55,
      progress: 1.1,
      met: true,
      reportedAt: '2026-10-01T09:00:00.000Z',
      note: 'по данным партнёров',
    });
    assert.deepEqual(reported.periods[0], { period: '2026-Q2', actual: null, progress: null, met: null });
    const unmeasured = kpiRow(kpi({}), quarters, seasonCounts, {}, []);
    assert.equal(unmeasured.source, 'not-measured');
    assert.deepEqual(unmeasured.periods, [{ period: 'season', actual: null, progress: null, met: null }]);
  });
});

describe('CSV', () => {
  it('starts with a byte order mark, a header of English ids, and quotes what needs it', () => {
    const named = {
      ...pipeline.stages[0],
      id: 'application',
      kind: 'application' as const,
      name: { ru: 'Приём, "первый" этап', en: '=cmd' },
    };
    const csv = funnelCsv({
      seasonId: 's',
      programmeId: 'p',
      generatedAt: '2026-10-01T12:00:00.000Z',
      status: 'ready',
      filter: {},
      stages: funnelStages({ ...pipeline, stages: [named] }, [stageCount('application', { now: 1, entered: 2 })]),
    });
    assert.ok(csv.startsWith('\uFEFFstage,name_ru,name_en,now,entered,conversion_from_previous,conversion_from_first\r\n'));
    assert.equal(csv.split('\r\n')[1], `application,"Приём, ""первый"" этап",'=cmd,1,2,,1`);
  });

  it('renders a KPI per period', () => {
    const csv = kpiCsv({
      seasonId: 's',
      programmeId: 'p',
      generatedAt: '2026-10-01T12:00:00.000Z',
      status: 'ready',
      kpis: [
        kpiRow({ id: 'k', name: { ru: 'Показатель', en: 'KPI' }, unit: 'people', target: 4, period: 'season' }, [], counts('s'), {}, []),
      ],
    });
    assert.equal(csv.split('\r\n')[1], 'k,Показатель,KPI,people,4,not-measured,season,,,,,,');
  });

  it('is chosen by ?format=csv, or by Accept without a format', () => {
    assert.equal(wantsCsv('csv', undefined), true);
    assert.equal(wantsCsv(undefined, 'text/csv'), true);
    assert.equal(wantsCsv(undefined, 'application/json, text/csv;q=0.5'), true);
    assert.equal(wantsCsv('json', 'text/csv'), false);
    assert.equal(wantsCsv(undefined, 'text/csvx'), false);
    assert.equal(wantsCsv(undefined, undefined), false);
  });
});
