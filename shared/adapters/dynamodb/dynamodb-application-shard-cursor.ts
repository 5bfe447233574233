import { createHash } from 'node:crypto';
import * as z from 'zod';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import { cursorJson, cursorOf } from '../../platform/paging/cursor.ts';
import { APPLICATION_SHARDS, applicationIdOfSortKey, MAX_SORT_KEY_BYTES } from '../../platform/keys/keys.ts';

/**
 * The cursor of a sharded staff list: where each shard's Query stands. A shard is not started
 * (`{}`), done (`{ done: true }`) or continues after the index sort key it last gave (`{ after }`).
 * It is bound to the list it came from by a digest of the filter, and every `after` must lie in
 * the list's sort-key range, within DynamoDB's sort-key size in bytes, and end in an application id,
 * so a forged or foreign cursor is a 400 and never reaches DynamoDB.
 */
export type ShardPosition = { readonly done: true } | { readonly after: string } | Record<string, never>;

export interface ShardCursorScope {
  /** Identifies the list: index, season and filters. */
  readonly list: string;
  readonly sortKeyPrefix: string;
}

const positionSchema = z.union([
  z.strictObject({ done: z.literal(true) }),
  z.strictObject({
    after: z
      .string()
      .min(1)
      .refine((after) => Buffer.byteLength(after, 'utf8') <= MAX_SORT_KEY_BYTES),
  }),
  z.strictObject({}),
]);
const cursorSchema = z.strictObject({ l: z.string(), s: z.array(positionSchema).length(APPLICATION_SHARDS) });

const digest = (list: string): string => createHash('sha256').update(list).digest('base64url').slice(0, 16);

export const encodeShardCursor = (scope: ShardCursorScope, positions: readonly ShardPosition[]): string | undefined =>
  positions.every((position) => 'done' in position) ? undefined : cursorOf({ l: digest(scope.list), s: positions });

export const decodeShardCursor = (cursor: string | undefined, scope: ShardCursorScope): readonly ShardPosition[] => {
  if (cursor === undefined) return Array.from({ length: APPLICATION_SHARDS }, () => ({}));
  const result = cursorSchema.safeParse(cursorJson(cursor));
  if (!result.success || result.data.l !== digest(scope.list)) throw invalidCursor();
  for (const position of result.data.s) {
    if ('after' in position && (!position.after.startsWith(scope.sortKeyPrefix) || applicationIdOfSortKey(position.after) === undefined))
      throw invalidCursor();
  }
  return result.data.s as readonly ShardPosition[];
};
