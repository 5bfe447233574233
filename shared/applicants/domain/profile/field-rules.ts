import type * as z from 'zod';

/**
 * A rule of our own in the shape shared/platform/http/field-problems.ts reads: it names itself with a
 * machine code and speaks Russian and English.
 */
export const rule = (code: string, ru: string, en: string) => ({ message: en, params: { code, message: { ru, en } } });

/**
 * Lets an object's cross-field rule run whenever the fields it reads parsed, even when a sibling
 * field failed: without it zod skips the rule and a client would learn of the problem only on its
 * second attempt (every field at fault is listed in one answer). The value must still be an object:
 * a null or missing one has no fields at fault (its issue has an empty path) and would reach the rule.
 */
export const whenValid =
  (...fields: readonly string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !Array.isArray(payload.value) &&
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
