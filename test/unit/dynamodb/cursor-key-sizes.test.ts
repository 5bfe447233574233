import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../shared/platform/paging/cursor.ts';
import { decodeShardCursor, encodeShardCursor } from '../../../shared/adapters/dynamodb/dynamodb-application-shard-cursor.ts';
import { APPLICATION_SHARDS } from '../../../shared/platform/keys/keys.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';

/**
 * A cursor comes back from the client and becomes an ExclusiveStartKey. DynamoDB limits keys in
 * bytes (partition 2048, sort 1024); a limit in characters let 1,000 Cyrillic letters (2,000 bytes)
 * through to DynamoDB. Such a cursor is refused like any other forged one.
 */
const isInvalidCursor = (error: unknown): boolean => isAppError(error) && error.code === 'invalid-cursor' && error.status === 400;

describe('cursors within DynamoDB’s key sizes', () => {
  const list = { index: 'gsi1' as const, partition: { gsi1pk: 'PROGRAMMES' } };
  const key = (sortKey: string, tablePartition = 'PROGRAMME#x') => ({
    pk: tablePartition,
    sk: 'PROGRAMME',
    gsi1pk: 'PROGRAMMES',
    gsi1sk: sortKey,
  });

  it('accepts keys up to the limits in bytes', () => {
    const atLimit = key(`PROGRAMME#${'я'.repeat(507)}`, `PROGRAMME#${'я'.repeat(1019)}`);
    assert.deepEqual(decodeCursor(encodeCursor(atLimit), list), atLimit);
  });

  it('refuses a sort key over 1,024 bytes, though under 1,024 characters', () => {
    assert.throws(() => decodeCursor(encodeCursor(key(`PROGRAMME#${'я'.repeat(508)}`)), list), isInvalidCursor);
    assert.throws(() => decodeCursor(encodeCursor(key(`PROGRAMME#${'😀'.repeat(300)}`)), list), isInvalidCursor);
  });

  it('refuses a partition key over 2,048 bytes', () => {
    // 700 characters of three bytes each: within any character limit, over DynamoDB's in bytes.
    assert.throws(() => decodeCursor(encodeCursor(key('PROGRAMME#x', `PROGRAMME#${'€'.repeat(700)}`)), list), isInvalidCursor);
  });

  it('refuses a shard position after a sort key over 1,024 bytes', () => {
    const scope = { list: 'gsi2|season-x', sortKeyPrefix: 'STAGE#' };
    const positionAfter = (letters: number) => ({
      after: `STAGE#${'я'.repeat(letters)}#2026-01-01T00:00:00.000Z#00000000-0000-4000-8000-000000000000`,
    });
    const cursorWith = (letters: number): string | undefined =>
      encodeShardCursor(
        scope,
        Array.from({ length: APPLICATION_SHARDS }, (_, i) => (i === 0 ? positionAfter(letters) : {})),
      );
    assert.deepEqual(decodeShardCursor(cursorWith(470), scope)[0], positionAfter(470));
    assert.throws(() => decodeShardCursor(cursorWith(480), scope), isInvalidCursor);
  });
});
