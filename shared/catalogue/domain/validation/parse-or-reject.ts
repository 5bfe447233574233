import * as z from 'zod';
import { validationFailed } from '../../../platform/errors/common-errors.ts';
import { validatePart } from '../../../platform/http/field-problems.ts';

/**
 * Validates what a use case assembled itself (a template merged with overrides) exactly as the
 * middleware validates a request, so the 400 reads the same: every fault, under `body.<under>`.
 */
export const parseOrReject = <T>(schema: z.ZodType<T>, value: unknown, under: string): T => {
  const result = validatePart('body', z.object({ [under]: schema }), { [under]: value });
  if (!result.ok) throw validationFailed(result.problems);
  return (result.value as Record<string, T>)[under] as T;
};
