import * as z from 'zod';
import { localIdSchema, seasonIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { QUARTER_PATTERN } from './domain/moscow-quarter.ts';

/** `season`, or a calendar quarter in Moscow time: `2026-Q3`. */
export const kpiPeriodSchema = z.union([z.literal('season'), z.string().regex(QUARTER_PATTERN).meta({ maxLength: 7 })]);

/** What staff report for a KPI the platform cannot count (measure `reported`), for one period. */
export const kpiActualInputSchema = z.strictObject({
  period: kpiPeriodSchema,
  value: z.number().min(0).max(1_000_000_000),
  note: freeText({ max: 500, multiline: true }).optional(),
});
export type KpiActualInput = z.infer<typeof kpiActualInputSchema>;

export const kpiActualSchema = kpiActualInputSchema.extend({
  seasonId: seasonIdSchema,
  kpiId: localIdSchema,
  reportedAt: isoDateTime(),
  reportedBy: subjectIdSchema,
});
export type KpiActual = z.infer<typeof kpiActualSchema>;
