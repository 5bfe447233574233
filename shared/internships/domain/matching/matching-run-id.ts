import { createHash } from 'node:crypto';

/** A UUID (version 8, "custom") over SHA-256 of the parts: the same parts always name the same thing. */
export const uuidOf = (...parts: readonly string[]): string => {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The run a start creates: the same season and Idempotency-Key always name the same run, so a repeated start finds it. */
export const matchingRunIdFor = (seasonId: string, idempotencyKey: string): string =>
  uuidOf('internship-matching', seasonId, idempotencyKey);

/** A run offers each application at most one placement, so a repeated page writes the same placement, never a second. */
export const placementIdFor = (runId: string, applicationId: string): string => uuidOf('placement', runId, applicationId);

/** Step Functions' name of a run's execution; deterministic per run and execution, so a repeated start is recognised. */
export const matchingExecutionName = (run: { readonly id: string; readonly executions: number }): string =>
  `internship-matching-${run.id}-${run.executions}`;
