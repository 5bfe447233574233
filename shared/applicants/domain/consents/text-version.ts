import * as z from 'zod';

/**
 * A consent text's version as a client sends it: any short string, so that an unknown or outdated
 * one is answered with the version to use (400 `consent-text-not-current`), not a bare format error.
 */
export const textVersionSchema = z.string().min(1).max(40).describe('The version of the consent text agreed to (GET /consent-texts).');

/** `<kind prefix>-<year>-<number>` (`pd-2026-01`): every version cadre publishes, and so every version a record or a state holds. */
export const publishedTextVersionSchema = z
  .string()
  .regex(/^[a-z]+-\d{4}-\d{2}$/)
  .meta({ maxLength: 40 })
  .describe('The version of a published consent text (GET /consent-texts).');
