import { STATUS_LIST_LENGTH } from './status-list.ts';

/**
 * Where the certificate issued `sequence`-th (from 0, one global count) has its status: lists are
 * numbered from 1 and filled in order, so the position follows from the count alone and two
 * certificates with different numbers never share an entry.
 */
export const statusListPosition = (sequence: number): { readonly listId: number; readonly index: number } => {
  if (!Number.isSafeInteger(sequence) || sequence < 0)
    throw new RangeError(`A status list sequence is a whole number from 0, got ${sequence}`);
  return { listId: Math.floor(sequence / STATUS_LIST_LENGTH) + 1, index: sequence % STATUS_LIST_LENGTH };
};
