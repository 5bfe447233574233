import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';

/** Every human-facing text a programme publishes exists in Russian and English; `multiline` for long texts that may break lines. */
export const localisedTextSchema = (maxLength: number, options: { readonly multiline?: boolean } = {}) =>
  z.strictObject({
    ru: freeText({ max: maxLength, multiline: options.multiline ?? false }),
    en: freeText({ max: maxLength, multiline: options.multiline ?? false }),
  });

export const nameSchema = localisedTextSchema(200);
export const descriptionSchema = localisedTextSchema(4000, { multiline: true });
