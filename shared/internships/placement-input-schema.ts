import * as z from 'zod';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { MAX_ATTENDANCE_DAYS, MAX_REASON_LENGTH, MAX_REPORT_LENGTH, PLACEMENT_STATUSES } from './placement-schema.ts';
import { placementViewSchema } from './placement-view.ts';

/** The applicant's answer to the placement offered to them, with the version they read. */
export const placementAnswerInputSchema = z.strictObject({
  answer: z.enum(['accept', 'decline']),
  version: z.int().min(1).describe('The version of the placement you read.'),
  reason: freeText({ max: MAX_REASON_LENGTH }).optional().describe('Why you decline (optional; the host and staff read it).'),
});

/** A host's (or staff's) step: start, complete with the evaluation, or end early with a reason. */
export const hostStepInputSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('start'), version: z.int().min(1) }),
  z.strictObject({
    step: z.literal('complete'),
    version: z.int().min(1),
    scores: z
      .record(localIdSchema, z.number().min(0).max(100))
      .refine((scores) => Object.keys(scores).length <= 20, { message: 'At most 20 criteria' })
      .describe(
        'Every criterion of the programme’s evaluation rubric for the stage, on its scale in half points; `{}` where the stage has no rubric.',
      ),
    attendanceDays: z.int().min(0).max(MAX_ATTENDANCE_DAYS).describe('Days the intern attended.'),
    report: freeText({ max: MAX_REPORT_LENGTH, multiline: true }).describe('A short report on the internship.'),
  }),
  z.strictObject({ step: z.literal('end-early'), version: z.int().min(1), reason: freeText({ max: MAX_REASON_LENGTH }) }),
]);

/** Where a step moved the application, if the pipeline moves it on that step. */
export const placementMoveSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('started'), from: localIdSchema, to: localIdSchema }),
  z.strictObject({
    outcome: z.literal('refused'),
    to: localIdSchema,
    code: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9-]+$/),
  }),
]);

export const hostStepResultSchema = z.strictObject({
  placement: placementViewSchema,
  move: placementMoveSchema
    .optional()
    .describe(
      'The application’s move the pipeline makes on this step (ПроКадры: to the closing event on completion), started or refused with the reason; absent where it moves nothing.',
    ),
});

export const placementListQuerySchema = z.strictObject({
  offerId: localIdSchema.optional().describe('One offer’s placements.'),
  status: z.enum(PLACEMENT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
