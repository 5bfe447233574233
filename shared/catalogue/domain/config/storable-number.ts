import * as z from 'zod';

/** Below this magnitude DynamoDB refuses a number (it supports 1e-130); the margin costs nothing real. */
const SMALLEST_MAGNITUDE = 1e-100;

/**
 * A number a client sends that the table can hold as sent: scores, thresholds, KPI targets, bounds
 * of a question and the answers to it. The AWS SDK refuses to write a number beyond
 * ±Number.MAX_SAFE_INTEGER (it would lose precision) and DynamoDB one whose magnitude is below
 * 1e-130 (`Number underflow`); unchecked, either became a 500 at the write instead of a 400 naming
 * the field. Chain further limits as on any number: `storableNumberSchema.min(0)`.
 */
export const storableNumberSchema = z
  .number()
  .min(-Number.MAX_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .refine((value) => value === 0 || Math.abs(value) >= SMALLEST_MAGNITUDE, {
    message: `A number other than 0 must be at least ${SMALLEST_MAGNITUDE} in magnitude`,
    params: {
      code: 'number-too-small',
      message: {
        ru: `Число, отличное от 0, должно быть не меньше ${SMALLEST_MAGNITUDE} по модулю`,
        en: `A number other than 0 must be at least ${SMALLEST_MAGNITUDE} in magnitude`,
      },
    },
  });
