import * as z from 'zod';
import type { IndexName } from '../data/table-definition.ts';
import { CURSOR_PATTERN } from './cursor-schemas.ts';
import { invalidCursor } from './paging-errors.ts';
import { cursorAttributes, MAX_PARTITION_KEY_BYTES, MAX_SORT_KEY_BYTES } from '../keys/keys.ts';

type Key = Record<string, string>;

/** Every cursor cadre issues is base64url JSON: opaque to callers, cheap to check. */
export const cursorOf = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The JSON inside a cursor, or a 400 if it is not base64url JSON; the caller checks its shape. */
export const cursorJson = (cursor: string): unknown => {
  // Node's base64url decoder skips characters outside the alphabet; a cursor with any is not ours.
  if (!CURSOR_PATTERN.test(cursor)) throw invalidCursor();
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
};

/** The cursor of a one-partition list is the Query's LastEvaluatedKey. */
export const encodeCursor = (lastEvaluatedKey: Record<string, unknown> | undefined): string | undefined =>
  lastEvaluatedKey === undefined ? undefined : cursorOf(lastEvaluatedKey);

/** A key attribute within DynamoDB's limit in bytes (a character limit would let multi-byte text through). */
const keyValueSchema = (maxBytes: number) =>
  z
    .string()
    .min(1)
    .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes);

/**
 * Turns a cursor back into an ExclusiveStartKey, refusing (400) anything this list could not have
 * issued: not base64url JSON, other attributes than the index's keys, or a key of another
 * partition or outside the list's sort-key range, or a key longer in bytes than DynamoDB allows.
 * A forged key never reaches DynamoDB, where it would be a 500 or a peek elsewhere.
 */
export const decodeCursor = (
  cursor: string | undefined,
  list: { readonly index?: IndexName; readonly partition: Key; readonly sortKeyPrefix?: string },
): Key | undefined => {
  if (cursor === undefined) return undefined;
  const names = cursorAttributes(list.index);
  const shape = z.strictObject(
    Object.fromEntries(names.map((name) => [name, keyValueSchema(name.endsWith('pk') ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES)])),
  );
  const key = shape.safeParse(cursorJson(cursor));
  if (!key.success) throw invalidCursor();
  const samePartition = Object.entries(list.partition).every(([name, value]) => key.data[name] === value);
  if (!samePartition || !key.data['sk']?.startsWith(list.sortKeyPrefix ?? '')) throw invalidCursor();
  return key.data;
};
