import type * as z from 'zod';
import { KEY_ATTRIBUTES } from '../../platform/keys/keys.ts';
import { INVALID_CHARACTERS, replaceInvalidCharacters } from '../../platform/text/free-text.ts';
import { withoutAttributes } from './conditional-check.ts';

const isInvalidCharacters = (issue: z.core.$ZodIssue): boolean => issue.code === 'custom' && issue.params?.['code'] === INVALID_CHARACTERS;

/**
 * Parses a stored item with the schema its writes were checked with. Free text written before
 * free text was checked (shared/platform/text/free-text.ts) may hold a lone surrogate, a control
 * or a bidi character the schema now refuses: when that is the only fault, each such string is
 * read with those characters replaced by U+FFFD, so the record stays readable instead of failing
 * every read. Any other fault still throws.
 */
export const parseStored = <T>(schema: z.ZodType<T>, item: Record<string, unknown>): T => {
  const first = schema.safeParse(item);
  if (first.success) return first.data;
  if (!first.error.issues.every(isInvalidCharacters)) throw first.error;
  const repaired: unknown = structuredClone(item);
  for (const issue of first.error.issues) {
    const parent = issue.path.slice(0, -1).reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)[key], repaired);
    const key = issue.path.at(-1);
    if (key === undefined || typeof parent !== 'object' || parent === null) throw first.error;
    const text: unknown = (parent as Record<PropertyKey, unknown>)[key];
    if (typeof text !== 'string') throw first.error;
    const multiline = issue.code === 'custom' && issue.params?.['multiline'] === true;
    (parent as Record<PropertyKey, unknown>)[key] = replaceInvalidCharacters(text, { multiline });
  }
  return schema.parse(repaired);
};

/** A stored item of one entity read back as its record: the key attributes and the `entity` tag left out, then parseStored. */
export const parseStoredItem = <T>(schema: z.ZodType<T>, item: Record<string, unknown>): T =>
  parseStored(schema, withoutAttributes(item, [...KEY_ATTRIBUTES, 'entity']));
