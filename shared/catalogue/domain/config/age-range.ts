import * as z from 'zod';

/** Whole years, inclusive on both ends: "from 18 to 35" admits a 35-year-old. */
export const ageRangeSchema = z
  .strictObject({
    min: z.int().min(0).max(120),
    max: z.int().min(0).max(120),
  })
  .refine((range) => range.min <= range.max, {
    message: 'min must not exceed max',
    path: ['max'],
    params: {
      code: 'age-range-inverted',
      message: { ru: 'Нижняя граница возраста больше верхней', en: 'The minimum age exceeds the maximum' },
    },
  });

export type AgeRange = z.infer<typeof ageRangeSchema>;
