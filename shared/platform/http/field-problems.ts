import * as z from 'zod';
// Only the two locales cadre speaks: `z.locales` would bundle all of zod's ~50 languages into every Lambda.
// Loaded only where a request fails validation (request-validation.ts imports this module then).
import enLocale from 'zod/v4/locales/en.js';
import ruLocale from 'zod/v4/locales/ru.js';
import type { FieldProblem, LocalisedText } from '../errors/app-error.ts';
import { checkPart, type FailedPart, fieldOf, isMissing, type RequestPart } from './check-part.ts';

const ru = ruLocale().localeError;
const en = enLocale().localeError;

/** Every field at fault in the parts that failed, each with a message in Russian and English taken from zod's own locales (so the two always say the same thing). */
export const problemsOf = (failed: readonly FailedPart[]): FieldProblem[] =>
  failed.flatMap(({ part, issues, declared }) => issues.flatMap((issue) => toFieldProblems(part, issue, declared)));

/** checkPart, with the problems worded at once: for code that validates what it assembled itself (parse-or-reject.ts). */
export const validatePart = <T>(
  part: RequestPart,
  schema: z.ZodType<T>,
  value: unknown,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly FieldProblem[] } => {
  const result = checkPart(part, schema, value);
  return result.ok ? result : { ok: false, problems: problemsOf([result]) };
};

const REQUIRED: LocalisedText = { ru: 'Обязательное поле: оно не передано', en: 'Required: this field is missing' };

/*
 * A rule of our own (refine/superRefine) speaks both languages and names itself by raising
 * `{ code: 'custom', message: en, params: { code: 'rule-code', message: { ru, en } } }`.
 */

const toFieldProblems = (part: RequestPart, issue: z.core.$ZodIssue, declared: ReadonlyMap<string, LocalisedText>): FieldProblem[] => {
  const field = fieldOf(part, issue.path);
  if (isMissing(issue)) return [{ field, code: 'required', message: declared.get(field) ?? REQUIRED }];
  // One problem per unknown key, so a client can point at each field it must remove.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: `${field}.${key}`, code: 'unrecognized-key', message: messageOf({ ...issue, keys: [key] }) }));
  }
  return [{ field, code: codeOf(issue), message: messageOf(issue) }];
};

/** A rule of our own names itself in `params.code` (e.g. `unknown-stage`); zod's own issues use zod's code. */
const codeOf = (issue: z.core.$ZodIssue): string => {
  const declared: unknown = issue.code === 'custom' ? issue.params?.['code'] : undefined;
  return typeof declared === 'string' ? declared : issue.code.replaceAll('_', '-');
};

const messageOf = (issue: z.core.$ZodIssue): LocalisedText => {
  if (issue.code === 'custom') return customMessage(issue);
  // A finalised issue with its input restored (reportInput) is exactly what the locale saw during parsing.
  const raw = { ...issue, input: issue.input } as z.core.$ZodRawIssue;
  return { ru: textOf(ru(raw)) ?? issue.message, en: textOf(en(raw)) ?? issue.message };
};

const customMessage = (issue: z.core.$ZodIssueCustom): LocalisedText => {
  const declared: unknown = issue.params?.['message'];
  const localised = z.object({ ru: z.string(), en: z.string() }).safeParse(declared);
  return localised.success ? localised.data : { ru: issue.message, en: issue.message };
};

const textOf = (message: ReturnType<z.core.$ZodErrorMap>): string | undefined =>
  typeof message === 'string' ? message : (message?.message ?? undefined);
