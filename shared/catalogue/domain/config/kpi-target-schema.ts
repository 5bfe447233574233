import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { nameSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/** A programme's quantitative commitments, monitored per period (Кадры будущего reports quarterly). */
export const KPI_UNITS = ['people', 'organisations', 'applications', 'projects', 'internships', 'events', 'percent'] as const;

export const kpiTargetSchema = z
  .strictObject({
    id: localIdSchema,
    name: nameSchema,
    unit: z.enum(KPI_UNITS),
    /** "At least" target. */
    target: storableNumberSchema.positive(),
    period: z.enum(['season', 'quarter']),
  })
  .refine((kpi) => kpi.unit !== 'percent' || kpi.target <= 100, {
    path: ['target'],
    message: 'A percentage target cannot exceed 100',
    params: { code: 'percent-over-100', message: { ru: 'Процент не может быть больше 100', en: 'A percentage cannot exceed 100' } },
  });
export type KpiTarget = z.infer<typeof kpiTargetSchema>;
