import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { nameSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/** A programme's quantitative commitments, monitored per period (Кадры будущего reports quarterly). */
export const KPI_UNITS = ['people', 'organisations', 'applications', 'projects', 'internships', 'events', 'percent'] as const;

const ids = z.array(localIdSchema).min(1).max(30);

/**
 * Where a KPI's actual comes from, so the reports compute it rather than staff count it by hand:
 * distinct applications that entered a stage (any of `stages`, which should be alternatives no
 * application enters two of: their entries are added up), optionally of some tracks or participant
 * roles only; internships completed (placements); the season's mentor pool (its main tier);
 * distinct organisations hosting an approved internship offer; certificates issued (of some
 * achievements only); or `reported`: a figure staff enter per period, for what the platform does not
 * see (a share of projects an investor supported). A KPI without one is shown as not measured.
 */
export const kpiMeasureSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('stage-entered'),
    stages: ids,
    tracks: ids.optional(),
    roles: ids.optional(),
  }),
  z.strictObject({ kind: z.literal('internships-completed') }),
  z.strictObject({ kind: z.literal('mentor-pool') }),
  z.strictObject({ kind: z.literal('host-organisations') }),
  z.strictObject({ kind: z.literal('certificates-issued'), achievements: ids.optional() }),
  z.strictObject({ kind: z.literal('reported') }),
]);
export type KpiMeasure = z.infer<typeof kpiMeasureSchema>;

export const kpiTargetSchema = z
  .strictObject({
    id: localIdSchema,
    name: nameSchema,
    unit: z.enum(KPI_UNITS),
    /** "At least" target. */
    target: storableNumberSchema.positive(),
    period: z.enum(['season', 'quarter']),
    /** Optional so programmes stored before measures existed still read; every template sets it. */
    measure: kpiMeasureSchema.optional(),
  })
  .refine((kpi) => kpi.unit !== 'percent' || kpi.target <= 100, {
    path: ['target'],
    message: 'A percentage target cannot exceed 100',
    params: { code: 'percent-over-100', message: { ru: 'Процент не может быть больше 100', en: 'A percentage cannot exceed 100' } },
  });
export type KpiTarget = z.infer<typeof kpiTargetSchema>;
