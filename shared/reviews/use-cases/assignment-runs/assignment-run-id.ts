import { createHash } from 'node:crypto';

/**
 * The id of the run a start creates: the same season and Idempotency-Key always name the same run,
 * so a start repeated (a retry after a lost answer, a double click) finds the run it made rather
 * than making another. A UUID (version 8, "custom") over SHA-256 of both.
 */
export const assignmentRunIdFor = (seasonId: string, idempotencyKey: string): string => {
  const hex = createHash('sha256').update(`${seasonId}\n${idempotencyKey}`).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
