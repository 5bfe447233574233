import type * as z from 'zod';
import type { LocalisedText } from '../errors/app-error.ts';
import { requiredMessages } from './required-messages.ts';

/** Which part of the request a schema checked; it prefixes every field path (`body.stages.0.id`). */
export type RequestPart = 'params' | 'query' | 'headers' | 'body';

/** The issues of a part that failed, with what their schemas say about missing fields: field-problems.ts words them. */
export interface FailedPart {
  readonly part: RequestPart;
  readonly issues: readonly z.core.$ZodIssue[];
  /** The message a schema declared for its missing field (requiredMessages), by the field's path. */
  readonly declared: ReadonlyMap<string, LocalisedText>;
}

export const isMissing = (issue: { readonly code: string; readonly input?: unknown }): boolean =>
  issue.code === 'invalid_type' && issue.input === undefined;

export const fieldOf = (part: RequestPart, path: readonly PropertyKey[]): string => [part, ...path.map(String)].join('.');

/**
 * Checks one part of a request against its schema. What passes is parsed; what fails keeps its
 * issues for field-problems.ts, which words them in Russian and English — a module (and zod's two
 * locales) a request that passes never loads. `reportInput` is needed only because the locales
 * describe what was received; the input never leaves the problems' wording.
 */
export const checkPart = <T>(
  part: RequestPart,
  schema: z.ZodType<T>,
  value: unknown,
): { readonly ok: true; readonly value: T } | ({ readonly ok: false } & FailedPart) => {
  // zod drops the schema from an issue once it is final, so a missing field's declared message is
  // read while zod still has it.
  const declared = new Map<string, LocalisedText>();
  const error = (issue: z.core.$ZodRawIssue): undefined => {
    const said = issue.inst === undefined ? undefined : requiredMessages.get(issue.inst as z.ZodType);
    if (isMissing(issue) && said !== undefined) declared.set(fieldOf(part, issue.path ?? []), said);
    return undefined;
  };
  const result = schema.safeParse(value, { reportInput: true, error });
  return result.success ? { ok: true, value: result.data } : { ok: false, part, issues: result.error.issues, declared };
};
