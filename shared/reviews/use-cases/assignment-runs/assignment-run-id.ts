import { uuidOf } from '../../../platform/identifiers/name-based-uuid.ts';

/**
 * The id of the run a start creates: the same season and Idempotency-Key always name the same run,
 * so a start repeated (a retry after a lost answer, a double click) finds the run it made rather
 * than making another.
 */
export const assignmentRunIdFor = (seasonId: string, idempotencyKey: string): string => uuidOf(seasonId, idempotencyKey);
