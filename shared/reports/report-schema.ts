import * as z from 'zod';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { KPI_UNITS } from '../catalogue/domain/config/kpi-target-schema.ts';
import { nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { localIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { kpiActualInputSchema, kpiPeriodSchema } from './kpi-actual-schema.ts';

/**
 * The reports' payloads, one source for the handlers, the OpenAPI document, the staff dashboard and
 * the CLI. Every report says how fresh its counters are: `not-built` (the season's applications
 * predate the counters: staff start a rebuild) and `rebuilding` (the previous figures, until the
 * rebuild finishes) are not errors, so a dashboard can show the report and a notice together.
 */

export const REPORT_STATUSES = ['ready', 'not-built', 'rebuilding'] as const;
export const BREAKDOWN_DIMENSIONS = ['track', 'region', 'federal-district', 'role'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

const count = z.int().describe('A number of applications.');
const ratio = z.number().min(0).nullable().describe('A share (1 = 100 %), null where the base is zero.');
const hours = z.number().min(0).nullable();

const reportHead = {
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  generatedAt: isoDateTime(),
  status: z.enum(REPORT_STATUSES),
};

export const reportFormatSchema = z
  .enum(['json', 'csv'])
  .optional()
  .describe('`csv`: RFC 4180, UTF-8 with a byte order mark (Excel reads Cyrillic). Without it, `Accept: text/csv` asks for CSV too.');

export const funnelQuerySchema = z.strictObject({
  region: regionCodeSchema.optional().describe('A subject code: only applications made from it. A partner sees their own region only.'),
  track: localIdSchema.optional(),
  role: localIdSchema.optional().describe('A participant role (pupil, tutor, mentor …).'),
  format: reportFormatSchema,
});

export const funnelStageSchema = z.strictObject({
  stage: localIdSchema,
  name: nameSchema,
  now: count.describe('Applications in the stage now.'),
  entered: count.describe('Distinct applications that ever entered the stage.'),
  conversionFromPrevious: ratio.describe(
    '`entered` over the `entered` of the stages before it on the way through (the earlier stages leading into it; alternative ways in added up); null for an exit (rejected, withdrawn) and the first stage.',
  ),
  conversionFromFirst: ratio.describe('`entered` over the first stage’s `entered`.'),
});

export const funnelReportSchema = z.strictObject({
  ...reportHead,
  filter: z.strictObject({ region: regionCodeSchema.optional(), track: localIdSchema.optional(), role: localIdSchema.optional() }),
  stages: z.array(funnelStageSchema).max(100),
});
export type FunnelReport = z.infer<typeof funnelReportSchema>;

export const breakdownQuerySchema = z.strictObject({
  by: z.enum(BREAKDOWN_DIMENSIONS),
  stage: localIdSchema.optional().describe('Totals of this stage only (every stage still listed under `stages`).'),
  format: reportFormatSchema,
});

const stageFigures = z.strictObject({ now: count, entered: count });

export const breakdownRowSchema = z.strictObject({
  key: z
    .string()
    .max(40)
    .regex(/^[\w-]+$/)
    .describe('The track, region code, federal district or role id; `-` for applications without one.'),
  name: nameSchema,
  now: count,
  entered: count.describe('Entries summed over the stages (of `stage` alone if given).'),
  stages: z.record(localIdSchema, stageFigures),
});

export const breakdownReportSchema = z.strictObject({
  ...reportHead,
  by: z.enum(BREAKDOWN_DIMENSIONS),
  stage: localIdSchema.optional(),
  rows: z.array(breakdownRowSchema).max(200),
});
export type BreakdownReport = z.infer<typeof breakdownReportSchema>;

export const timeInStageQuerySchema = z.strictObject({
  region: regionCodeSchema.optional(),
  format: reportFormatSchema,
});

export const stageTimeRowSchema = z.strictObject({
  stage: localIdSchema,
  name: nameSchema,
  moves: count.describe('Moves out of the stage, whose stays the figures describe.'),
  medianHours: hours,
  p90Hours: hours,
  meanHours: hours,
});

export const timeInStageReportSchema = z.strictObject({
  ...reportHead,
  stages: z.array(stageTimeRowSchema).max(100),
});
export type TimeInStageReport = z.infer<typeof timeInStageReportSchema>;

export const kpiReportQuerySchema = z.strictObject({ format: reportFormatSchema });

export const KPI_SOURCES = ['counted', 'reported', 'not-measured'] as const;

export const kpiPeriodFiguresSchema = z.strictObject({
  period: kpiPeriodSchema,
  actual: z.number().nullable(),
  progress: z.number().min(0).nullable().describe('`actual` over `target`.'),
  met: z.boolean().nullable(),
  cumulative: z
    .boolean()
    .optional()
    .describe('True where the measure has no per-quarter figure: the quarter shows the season’s figure so far.'),
  reportedAt: isoDateTime().optional(),
  note: kpiActualInputSchema.shape.note,
});

export const kpiRowSchema = z.strictObject({
  id: localIdSchema,
  name: nameSchema,
  unit: z.enum(KPI_UNITS),
  target: z.number(),
  period: z.enum(['season', 'quarter']),
  source: z.enum(KPI_SOURCES),
  reserve: count.optional().describe('For the mentor pool: the reserve tier, shown apart from the main tier the actual counts.'),
  periods: z.array(kpiPeriodFiguresSchema).max(100),
});

export const kpiReportSchema = z.strictObject({
  ...reportHead,
  kpis: z.array(kpiRowSchema).max(30),
});
export type KpiReport = z.infer<typeof kpiReportSchema>;
export type KpiRow = z.infer<typeof kpiRowSchema>;
export type KpiPeriodFigures = z.infer<typeof kpiPeriodFiguresSchema>;
