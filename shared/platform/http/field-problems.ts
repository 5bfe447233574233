import * as z from 'zod';
// Only the two locales cadre speaks: `z.locales` would bundle all of zod's ~50 languages into every Lambda.
import enLocale from 'zod/v4/locales/en.js';
import ruLocale from 'zod/v4/locales/ru.js';
import type { FieldProblem, LocalisedText } from '../errors/app-error.ts';

/** Which part of the request a schema checked; it prefixes every field path (`body.stages.0.id`). */
export type RequestPart = 'params' | 'query' | 'headers' | 'body';

const ru = ruLocale().localeError;
const en = enLocale().localeError;

/**
 * Validates one part of a request and reports every field at fault, each with a message in
 * Russian and English taken from zod's own locales (so the two always say the same thing).
 * `reportInput` is needed only because the locales describe what was received; the input
 * never leaves this function.
 */
export const validatePart = <T>(
  part: RequestPart,
  schema: z.ZodType<T>,
  value: unknown,
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly FieldProblem[] } => {
  // What a missing field's schema says about it (requiredMessages), by the field's path: zod drops
  // the schema from an issue once it is final, so it is read while zod still has it.
  const declared = new Map<string, LocalisedText>();
  const error = (issue: z.core.$ZodRawIssue): undefined => {
    const said = issue.inst === undefined ? undefined : requiredMessages.get(issue.inst as z.ZodType);
    if (isMissing(issue) && said !== undefined) declared.set(fieldOf(part, issue.path ?? []), said);
    return undefined;
  };
  const result = schema.safeParse(value, { reportInput: true, error });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: result.error.issues.flatMap((issue) => toFieldProblems(part, issue, declared)) };
};

/**
 * A missing required field answers code `required`; by default its message says only that it is
 * missing. A schema registered here says what to send instead:
 *   z.string().min(8).register(requiredMessages, { ru: 'Передайте …', en: 'Send …' })
 */
export const requiredMessages = z.registry<LocalisedText>();

const REQUIRED: LocalisedText = { ru: 'Обязательное поле: оно не передано', en: 'Required: this field is missing' };

const isMissing = (issue: { readonly code: string; readonly input?: unknown }): boolean =>
  issue.code === 'invalid_type' && issue.input === undefined;

const fieldOf = (part: RequestPart, path: readonly PropertyKey[]): string => [part, ...path.map(String)].join('.');

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
