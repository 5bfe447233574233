import { createHash } from 'node:crypto';
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  DISCLOSURE_PREFIX,
  DISCLOSURE_SHARDS,
  ENTITY,
  MAX_PARTITION_KEY_BYTES,
  MAX_SORT_KEY_BYTES,
  applicantKey,
  applicationDisclosuresPartition,
  disclosureKeys,
  seasonDisclosuresShardPartition,
} from '../../platform/keys/keys.ts';
import { cursorJson, cursorOf, decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import { disclosureSchema, type Disclosure } from '../../releases/disclosure-schema.ts';
import type { DisclosureLog } from '../../releases/ports/disclosure-log.ts';
import { withoutAttributes } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';

/** BatchWriteItem takes 25 items a request; what throttling leaves unprocessed is sent again, a bounded number of times. */
const BATCH_LIMIT = 25;
const MAX_ROUNDS = 5;
const DAY_SECONDS = 24 * 60 * 60;

const toDisclosure = (item: Record<string, unknown>): Disclosure =>
  parseStoredItem(disclosureSchema, withoutAttributes(item, ['expiresAt']));

/** Where one shard of a season's list stands: not started, done, or after the full key of the entry it last gave. */
type ShardPosition = { readonly done: true } | { readonly after: Record<string, string> } | Record<string, never>;

const keyValue = (maxBytes: number) =>
  z
    .string()
    .min(1)
    .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes);
const positionSchema = z.union([
  z.strictObject({ done: z.literal(true) }),
  z.strictObject({
    after: z.strictObject({
      pk: keyValue(MAX_PARTITION_KEY_BYTES),
      sk: keyValue(MAX_SORT_KEY_BYTES),
      gsi2pk: keyValue(MAX_PARTITION_KEY_BYTES),
      gsi2sk: keyValue(MAX_SORT_KEY_BYTES),
    }),
  }),
  z.strictObject({}),
]);
const shardCursorSchema = z.strictObject({ l: z.string(), s: z.array(positionSchema).length(DISCLOSURE_SHARDS) });
const listDigest = (seasonId: string): string => createHash('sha256').update(`disclosures|${seasonId}`).digest('base64url').slice(0, 16);

/**
 * A season list's cursor holds each shard's position; it is bound to its season by a digest, and
 * every key in it must be a disclosure entry's key of that shard (an applicant's partition, a
 * DISCLOSURE# sort key), so a forged cursor is a 400 and never reaches DynamoDB.
 */
const decodeShardCursor = (cursor: string | undefined, seasonId: string): readonly ShardPosition[] => {
  if (cursor === undefined) return Array.from({ length: DISCLOSURE_SHARDS }, () => ({}));
  const parsed = shardCursorSchema.safeParse(cursorJson(cursor));
  if (!parsed.success || parsed.data.l !== listDigest(seasonId)) throw invalidCursor();
  parsed.data.s.forEach((position, shard) => {
    if (!('after' in position)) return;
    const { pk, sk, gsi2pk } = position.after;
    if (
      !pk.startsWith(applicantKey('')) ||
      !sk.startsWith(DISCLOSURE_PREFIX) ||
      gsi2pk !== seasonDisclosuresShardPartition(seasonId, shard)
    )
      throw invalidCursor();
  });
  return parsed.data.s as readonly ShardPosition[];
};

interface ShardResult {
  readonly items: readonly { readonly key: Record<string, string>; readonly disclosure: Disclosure }[];
  readonly last: Record<string, string> | undefined;
}

const entryKey = (item: Record<string, unknown>): Record<string, string> => ({
  pk: String(item['pk']),
  sk: String(item['sk']),
  gsi2pk: String(item['gsi2pk']),
  gsi2sk: String(item['gsi2sk']),
});

/**
 * The disclosure log: each entry one item in its person's partition (their list), indexed per
 * application (gsi1) and, in 16 shards, per season (gsi2). Entries are written in batches of 25
 * under fresh random ids, so no write can land on an existing entry; nothing here updates or
 * deletes one. They are kept as long as the deployment keeps personal data (`retentionDays`, TTL).
 */
export class DynamoDbDisclosureLog implements DisclosureLog {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #retentionSeconds: number;

  constructor(client: DynamoDBDocumentClient, tableName: string, retentionDays: number) {
    this.#client = client;
    this.#tableName = tableName;
    this.#retentionSeconds = retentionDays * DAY_SECONDS;
  }

  async append(entries: readonly Disclosure[]): Promise<void> {
    const items = entries.map((entry) => ({
      PutRequest: {
        Item: {
          ...disclosureKeys(entry),
          entity: ENTITY.disclosure,
          ...entry,
          expiresAt: Math.floor(Date.parse(entry.at) / 1000) + this.#retentionSeconds,
        },
      },
    }));
    for (let start = 0; start < items.length; start += BATCH_LIMIT) {
      let pending: typeof items | undefined = items.slice(start, start + BATCH_LIMIT);
      for (let round = 0; pending !== undefined && pending.length > 0; round += 1) {
        // Failing closed: the caller sends nothing it could not log.
        if (round === MAX_ROUNDS) throw new Error('BatchWriteItem left disclosure entries unprocessed after retries');
        const { UnprocessedItems } = await this.#client.send(new BatchWriteCommand({ RequestItems: { [this.#tableName]: pending } }));
        pending = UnprocessedItems?.[this.#tableName] as typeof items | undefined;
      }
    }
  }

  async forApplicant(applicantId: string, page: PageRequest): Promise<Page<Disclosure>> {
    const pk = applicantKey(applicantId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': DISCLOSURE_PREFIX },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { partition: { pk }, sortKeyPrefix: DISCLOSURE_PREFIX }),
      }),
    );
    return { items: Items.map(toDisclosure), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async forApplication(applicationId: string, page: PageRequest): Promise<Page<Disclosure>> {
    const partition = applicationDisclosuresPartition(applicationId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition }, sortKeyPrefix: DISCLOSURE_PREFIX }),
      }),
    );
    return { items: Items.map(toDisclosure), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  /**
   * Every shard of the season's list queried (newest first, in parallel) and merged. Only entries at
   * or above every unfinished shard's stopping point are safe to give (a shard cut short may hold
   * newer entries further on than another shard's oldest given), so pages stay in global order.
   */
  async forSeason(seasonId: string, page: PageRequest): Promise<Page<Disclosure>> {
    const positions = decodeShardCursor(page.cursor, seasonId);
    const results = await Promise.all(
      positions.map(async (position, shard): Promise<ShardResult> => {
        if ('done' in position) return { items: [], last: undefined };
        const { Items = [], LastEvaluatedKey } = await this.#client.send(
          new QueryCommand({
            TableName: this.#tableName,
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :partition',
            ExpressionAttributeValues: { ':partition': seasonDisclosuresShardPartition(seasonId, shard) },
            ScanIndexForward: false,
            Limit: page.limit,
            ...('after' in position ? { ExclusiveStartKey: position.after } : {}),
          }),
        );
        return {
          items: Items.map((item) => ({ key: entryKey(item), disclosure: toDisclosure(item) })),
          last: LastEvaluatedKey === undefined ? undefined : entryKey(LastEvaluatedKey),
        };
      }),
    );
    const stops = results.flatMap((result) => (result.last === undefined ? [] : [result.last['gsi2sk'] ?? '']));
    // biome-ignore lint/complexity/useMathMinMax: sort keys are strings, compared as DynamoDB orders them; Math.max is for numbers.
    const boundary = stops.length === 0 ? undefined : stops.reduce((highest, key) => (key > highest ? key : highest));
    const merged = results
      .flatMap((result, shard) => result.items.map((item) => ({ ...item, shard })))
      .filter((item) => boundary === undefined || (item.key['gsi2sk'] ?? '') >= boundary)
      .sort((a, b) => ((a.key['gsi2sk'] ?? '') < (b.key['gsi2sk'] ?? '') ? 1 : -1))
      .slice(0, page.limit);
    const next = positions.map((position, shard): ShardPosition => {
      const result = results[shard];
      if ('done' in position || result === undefined) return position;
      const taken = merged.filter((item) => item.shard === shard);
      if (taken.length === result.items.length) return result.last === undefined ? { done: true } : { after: result.last };
      const lastTaken = taken.at(-1);
      return lastTaken === undefined ? position : { after: lastTaken.key };
    });
    const nextCursor = next.every((position) => 'done' in position) ? undefined : cursorOf({ l: listDigest(seasonId), s: next });
    return { items: merged.map((item) => item.disclosure), nextCursor };
  }
}
