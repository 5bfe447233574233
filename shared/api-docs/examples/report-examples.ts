import { kadryBudushchegoTemplate } from '../../catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../catalogue/domain/templates/prokadry.ts';
import { NO_VALUE, TIME_IN_STAGE_BUCKET_HOURS, type SeasonCounts, type StageCount } from '../../counters/domain/season-counts.ts';
import { breakdownRows } from '../../reports/domain/breakdown.ts';
import { funnelStages } from '../../reports/domain/funnel.ts';
import { kpiRow } from '../../reports/domain/kpi-figures.ts';
import { timeInStages } from '../../reports/domain/time-in-stage.ts';
import type { KpiActual } from '../../reports/kpi-actual-schema.ts';
import { reportRoutes } from '../../reports/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The reports' examples, computed by the reports' own domain from made-up counters: the ПроКадры
 * spring 2027 season of the other examples by stage, track and region (Perm Krai, Udmurtia, Moscow),
 * and a Кадры будущего season's KPIs with a share staff reported.
 */
const [getFunnelReport, getBreakdownReport, getTimeInStageReport, getKpiReport, putKpiActual] = reportRoutes;

const SEASON_ID = 'prokadry-2027-spring';
const PROGRAMME_ID = 'prokadry-2027';
const KADRY_SEASON_ID = 'kadry-perm-2027';
const KADRY_PROGRAMME_ID = 'kadry-perm';
const GENERATED_AT = '2027-10-01T09:00:00.000Z';
const STAFF = '0a1e0000-0000-4000-8000-000000000021';

const row = (stage: string, region: string, track: string, now: number, entered: number, quarter = '2027-Q2'): StageCount => ({
  stage,
  region,
  track,
  role: NO_VALUE,
  now,
  entered,
  enteredByQuarter: { [quarter]: entered },
});

const rows: StageCount[] = [
  row('application', '59', 'young', 40, 620),
  row('application', '18', 'beginner', 25, 410),
  row('application', '77', 'pro', 31, 540),
  row('screening', '59', 'young', 0, 560),
  row('screening', '18', 'beginner', 0, 360),
  row('screening', '77', 'pro', 0, 480),
  row('education', '59', 'young', 120, 520, '2027-Q3'),
  row('education', '18', 'beginner', 90, 330, '2027-Q3'),
  row('education', '77', 'pro', 101, 455, '2027-Q3'),
  row('interview', '59', 'young', 150, 300, '2027-Q3'),
  row('interview', '18', 'beginner', 110, 160, '2027-Q3'),
  row('interview', '77', 'pro', 140, 260, '2027-Q3'),
  row('not-selected', '59', 'young', 250, 250, '2027-Q3'),
  row('withdrawn', '77', 'pro', 30, 30, '2027-Q3'),
];

const buckets = (counts: Record<number, number>): number[] =>
  Array.from({ length: TIME_IN_STAGE_BUCKET_HOURS.length + 1 }, (_, index) => counts[index] ?? 0);

const prokadry = prokadryTemplate.settings;
const head = { seasonId: SEASON_ID, programmeId: PROGRAMME_ID, generatedAt: GENERATED_AT, status: 'ready' as const };

const kadryCounts: SeasonCounts = {
  seasonId: KADRY_SEASON_ID,
  status: 'ready',
  generation: 1,
  stages: [
    { stage: 'regional-school', region: '59', track: NO_VALUE, role: 'pupil', now: 0, entered: 212, enteredByQuarter: { '2027-Q2': 212 } },
    { stage: 'regional-school', region: '59', track: NO_VALUE, role: 'tutor', now: 0, entered: 21, enteredByQuarter: { '2027-Q2': 21 } },
    { stage: 'regional-school', region: '59', track: NO_VALUE, role: 'mentor', now: 0, entered: 19, enteredByQuarter: { '2027-Q2': 19 } },
    { stage: 'project-work', region: '59', track: NO_VALUE, role: 'pupil', now: 180, entered: 180, enteredByQuarter: { '2027-Q3': 180 } },
    { stage: 'project-work', region: '59', track: NO_VALUE, role: 'tutor', now: 20, entered: 20, enteredByQuarter: { '2027-Q3': 20 } },
  ],
  times: [],
  events: [],
};
const reported: KpiActual = {
  seasonId: KADRY_SEASON_ID,
  kpiId: 'projects-supported',
  period: 'season',
  value: 45,
  note: 'По отчётам наставников команд на 30 сентября',
  reportedAt: '2027-09-30T15:00:00.000Z',
  reportedBy: STAFF,
};
const { seasonId: _season, kpiId: _kpi, reportedAt: _at, reportedBy: _by, ...reportedInput } = reported;

export const REPORT_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(getFunnelReport, {
    responses: { 200: { ...head, filter: {}, stages: funnelStages(prokadry.pipeline, rows) } },
  }),
  routeExamples(getBreakdownReport, {
    responses: { 200: { ...head, by: 'federal-district', rows: breakdownRows(prokadry, rows, 'federal-district', undefined) } },
  }),
  routeExamples(getTimeInStageReport, {
    responses: {
      200: {
        ...head,
        stages: timeInStages(prokadry.pipeline, [
          { stage: 'screening', region: '59', buckets: buckets({ 5: 200, 6: 260, 7: 100 }), moves: 560, totalSeconds: 560 * 36 * 3600 },
          { stage: 'education', region: '59', buckets: buckets({ 11: 120, 12: 280, 13: 120 }), moves: 520, totalSeconds: 520 * 400 * 3600 },
        ]),
      },
    },
  }),
  routeExamples(getKpiReport, {
    responses: {
      200: {
        seasonId: KADRY_SEASON_ID,
        programmeId: KADRY_PROGRAMME_ID,
        generatedAt: GENERATED_AT,
        status: 'ready',
        kpis: kadryBudushchegoTemplate.settings.kpiTargets.map((kpi) =>
          kpiRow(kpi, ['2027-Q2', '2027-Q3', '2027-Q4'], kadryCounts, { hostOrganisations: 8 }, [reported]),
        ),
      },
    },
  }),
  routeExamples(putKpiActual, { request: reportedInput, responses: { 200: reported } }),
];
