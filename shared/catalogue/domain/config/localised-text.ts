import * as z from 'zod';

/** Every human-facing text a programme publishes exists in Russian and English. */
export const localisedTextSchema = (maxLength: number) =>
  z.strictObject({
    ru: z.string().trim().min(1).max(maxLength),
    en: z.string().trim().min(1).max(maxLength),
  });

export const nameSchema = localisedTextSchema(200);
export const descriptionSchema = localisedTextSchema(4000);
