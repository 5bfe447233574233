import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { kpiActualInputSchema, kpiActualSchema } from './kpi-actual-schema.ts';
import { REPORT_CSV_CONTENT_TYPE } from './report-format.ts';
import {
  breakdownQuerySchema,
  breakdownReportSchema,
  funnelQuerySchema,
  funnelReportSchema,
  kpiReportQuerySchema,
  kpiReportSchema,
  timeInStageQuerySchema,
  timeInStageReportSchema,
} from './report-schema.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const csvBody = z
  .string()
  .max(1_000_000)
  .regex(/^\uFEFF/u)
  .meta({ id: 'ReportCsv' })
  .describe('The same report as CSV: UTF-8 with a byte order mark, a header row of English ids.');
const asCsv = { [REPORT_CSV_CONTENT_TYPE]: csvBody };

const PARTNER_SCOPE =
  'Staff of the season’s programme see every region; a partner of a region’s executive or youth-policy body sees only its own region (another `region`, a federal ministry or an employer: 404).';
const FORMAT = '`?format=csv` (or `Accept: text/csv`) answers the same report as CSV.';

export const getFunnelReportRoute = defineRoute({
  operationId: 'getFunnelReport',
  method: 'GET',
  path: '/seasons/{seasonId}/reports/funnel',
  capability: 'reports',
  roles: ['staff', 'partner'],
  summary: 'The season’s funnel: applications in and through each stage, with conversion',
  description: `Every stage of the pipeline in order, exits included: applications in it now, distinct applications that entered it, and the share that came through from the stage before and from the first. Read from counters kept as applications move, so it costs the same for any number of applications. ${PARTNER_SCOPE} ${FORMAT}`,
  tags: ['reports'],
  request: { params: seasonParams, query: funnelQuerySchema },
  responses: { 200: { description: 'The funnel', body: funnelReportSchema, alternatives: asCsv } },
});

export const getBreakdownReportRoute = defineRoute({
  operationId: 'getBreakdownReport',
  method: 'GET',
  path: '/seasons/{seasonId}/reports/breakdown',
  capability: 'reports',
  roles: ['staff', 'partner'],
  summary: 'The season’s figures by track, region, federal district or participant role',
  description: `One row per key, most entries first, with every stage’s figures; totals over the stages, or of \`stage\` alone. \`-\` collects applications without the dimension (a draft has no region yet). ${PARTNER_SCOPE} ${FORMAT}`,
  tags: ['reports'],
  request: { params: seasonParams, query: breakdownQuerySchema },
  responses: { 200: { description: 'The breakdown', body: breakdownReportSchema, alternatives: asCsv } },
});

export const getTimeInStageReportRoute = defineRoute({
  operationId: 'getTimeInStageReport',
  method: 'GET',
  path: '/seasons/{seasonId}/reports/time-in-stage',
  capability: 'reports',
  roles: ['staff', 'partner'],
  summary: 'How long applications stay in each stage: median, 90th percentile and mean',
  description: `From every move out of a stage: the median and p90 are read from a histogram of stays (interpolated within its bucket), the mean from the summed time; null for a stage nobody has left yet. ${PARTNER_SCOPE} ${FORMAT}`,
  tags: ['reports'],
  request: { params: seasonParams, query: timeInStageQuerySchema },
  responses: { 200: { description: 'Time in stage', body: timeInStageReportSchema, alternatives: asCsv } },
});

export const getKpiReportRoute = defineRoute({
  operationId: 'getKpiReport',
  method: 'GET',
  path: '/seasons/{seasonId}/reports/kpis',
  capability: 'reports',
  roles: ['staff'],
  summary: 'The programme’s KPIs against their targets, per period',
  description: `Each of the programme’s \`kpiTargets\` with its actual, progress and whether it is met: per season, or per calendar quarter of the season (Moscow time). \`counted\` KPIs are measured by the platform (stage entries, internships completed, the mentor pool, host organisations, certificates); \`reported\` ones show what staff entered (PUT …/kpi-actuals/{kpiId}); a KPI without a measure is \`not-measured\`. Staff of the season’s programme only. ${FORMAT}`,
  tags: ['reports'],
  request: { params: seasonParams, query: kpiReportQuerySchema },
  responses: { 200: { description: 'The KPIs', body: kpiReportSchema, alternatives: asCsv } },
});

export const putKpiActualRoute = defineRoute({
  operationId: 'putKpiActual',
  method: 'PUT',
  path: '/seasons/{seasonId}/kpi-actuals/{kpiId}',
  capability: 'reports',
  roles: ['staff'],
  summary: 'Report the actual of a KPI the platform cannot count, for one period',
  description:
    'Only for a KPI whose measure is `reported` (409 `kpi-not-reported` otherwise; 404 for a KPI the programme does not have). `period` is `season` for a season KPI and a quarter of the season’s calendar (`2026-Q3`, Moscow time) for a quarterly one (422 `wrong-period-kind`, `period-outside-season`). Reporting the same period again replaces the figure.',
  tags: ['reports'],
  request: { params: seasonParams.extend({ kpiId: localIdSchema }), body: kpiActualInputSchema },
  responses: { 200: { description: 'The stored actual', body: kpiActualSchema } },
});

export const reportRoutes = [
  getFunnelReportRoute,
  getBreakdownReportRoute,
  getTimeInStageReportRoute,
  getKpiReportRoute,
  putKpiActualRoute,
] as const;
