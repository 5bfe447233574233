import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  ENTITY,
  MAX_PARTITION_KEY_BYTES,
  MAX_SORT_KEY_BYTES,
  WEBHOOK_LOG_SHARDS,
  WEBHOOK_QUEUE_SHARDS,
  webhookDeliveryKey,
  webhookDeliveryLogKeys,
  webhookDeliveryLogPartition,
  webhookDueIndexKeys,
  webhookHeldIndexKeys,
  webhookHeldPartition,
  webhookQueueDueBound,
  webhookQueueShardPartition,
} from '../../platform/keys/keys.ts';
import { cursorJson, cursorOf } from '../../platform/paging/cursor.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type {
  DueWebhookDelivery,
  NewWebhookDelivery,
  WebhookDeliveryLog,
  WebhookDeliveryQueue,
  WebhookOutbox,
} from '../../webhooks/ports/webhook-deliveries.ts';
import {
  webhookDeliverySchema,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookDeliverySummary,
} from '../../webhooks/webhook-delivery-schema.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { dueAcrossShards } from './due-across-shards.ts';
import { consistentGet } from './consistent-get.ts';
import { ITEM_ABSENT } from './put-once.ts';

/** Attempts kept per delivery, newest last (a series has 8; redeliveries add more). */
const KEPT_ATTEMPTS = 50;
/** A delivered or failed delivery stays in the log for a month, then expires. */
const KEEP_FINISHED_SECONDS = 30 * 24 * 60 * 60;
/** One held delivery page when an endpoint is resumed. */
const HELD_PAGE = 100;

const storedSchema = z.object({
  endpointId: z.string(),
  deliveryId: z.string(),
  eventType: z.string(),
  programmeId: z.string(),
  seasonId: z.string().nullable(),
  payload: z.string(),
  status: z.enum(['queued', 'delivered', 'failed', 'held', 'dropped']),
  attempts: z.number(),
  attemptLog: z.array(z.record(z.string(), z.unknown())).default([]),
  createdAt: z.string(),
  notBefore: z.string().nullable().default(null),
  deliveredAt: z.string().nullable().default(null),
});
type Stored = z.infer<typeof storedSchema>;

const toDue = (stored: Stored): DueWebhookDelivery => ({
  endpointId: stored.endpointId,
  id: stored.deliveryId,
  eventType: stored.eventType,
  programmeId: stored.programmeId,
  seasonId: stored.seasonId,
  payload: stored.payload,
  attempts: stored.attempts,
  notBefore: stored.notBefore ?? stored.createdAt,
  createdAt: stored.createdAt,
});

/** A dropped delivery (its endpoint removed) reads as failed: it will never go out. */
const shownStatus = (status: Stored['status']): WebhookDeliveryStatus => (status === 'dropped' ? 'failed' : status);

const toDelivery = (item: Record<string, unknown>): WebhookDelivery => {
  const stored = storedSchema.parse(item);
  const attemptLog = stored.attemptLog as unknown as WebhookAttempt[];
  const last = attemptLog.at(-1);
  return webhookDeliverySchema.parse({
    id: stored.deliveryId,
    endpointId: stored.endpointId,
    eventType: stored.eventType,
    status: shownStatus(stored.status),
    attempts: stored.attempts,
    createdAt: stored.createdAt,
    nextAttemptAt: stored.status === 'queued' ? stored.notBefore : null,
    deliveredAt: stored.deliveredAt,
    lastStatusCode: last?.statusCode ?? null,
    payload: stored.payload,
    attemptLog,
  });
};

const toSummary = (item: Record<string, unknown>): WebhookDeliverySummary => {
  const { payload: _payload, attemptLog: _attemptLog, ...summary } = toDelivery(item);
  return summary;
};

const epochSeconds = (at: Date | string): number => Math.floor(new Date(at).getTime() / 1000);

/** Where a log shard's newest-first read stands: not begun (null), after an entry, or read to its end. */
type LogPosition = null | 'done' | { readonly pk: string; readonly sk: string; readonly gsi2sk: string };

const logCursorSchema = (endpointId: string) =>
  z.strictObject({
    e: z.literal(endpointId),
    p: z
      .array(
        z.union([
          z.null(),
          z.literal('done'),
          z.strictObject({
            pk: z.string().startsWith(`WEBHOOK_DELIVERY#${endpointId}#`).max(MAX_PARTITION_KEY_BYTES),
            sk: z.literal('DELIVERY'),
            gsi2sk: z.string().min(1).max(MAX_SORT_KEY_BYTES),
          }),
        ]),
      )
      .length(WEBHOOK_LOG_SHARDS),
  });

/** A log cursor holds each shard's position and names its endpoint: one of another endpoint's, or forged, is a 400. */
const decodeLogCursor = (cursor: string | undefined, endpointId: string): readonly LogPosition[] => {
  if (cursor === undefined) return Array.from({ length: WEBHOOK_LOG_SHARDS }, () => null);
  const parsed = logCursorSchema(endpointId).safeParse(cursorJson(cursor));
  if (!parsed.success) throw invalidCursor();
  return parsed.data.p;
};

/**
 * Webhook deliveries as items of the one table, queued the way mails are (a sharded due index,
 * conditional state changes), each in a partition of its own so a fan-out's writes spread. The
 * log of an endpoint is gsi2 (newest first); deliveries held while it is paused are gsi3.
 */
export class DynamoDbWebhookDeliveries implements WebhookDeliveryQueue, WebhookOutbox, WebhookDeliveryLog {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async enqueue(delivery: NewWebhookDelivery, at: Date): Promise<'queued' | 'already-queued'> {
    const createdAt = at.toISOString();
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: {
            ...webhookDeliveryKey(delivery.endpointId, delivery.id),
            ...webhookDueIndexKeys(delivery.endpointId, delivery.id, createdAt),
            ...webhookDeliveryLogKeys(delivery.endpointId, delivery.id, createdAt),
            entity: ENTITY.webhookDelivery,
            endpointId: delivery.endpointId,
            deliveryId: delivery.id,
            eventType: delivery.eventType,
            programmeId: delivery.programmeId,
            seasonId: delivery.seasonId,
            payload: delivery.payload,
            status: 'queued',
            attempts: 0,
            attemptLog: [],
            createdAt,
            notBefore: createdAt,
            deliveredAt: null,
          },
          ConditionExpression: ITEM_ABSENT,
        }),
      );
      return 'queued';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'already-queued';
      throw error;
    }
  }

  /** One Query per shard (in parallel), merged by due time. */
  async due(at: Date, limit: number): Promise<readonly DueWebhookDelivery[]> {
    const due = await dueAcrossShards(
      this.#client,
      this.#tableName,
      { shards: WEBHOOK_QUEUE_SHARDS, partition: webhookQueueShardPartition, bound: webhookQueueDueBound(at.toISOString()) },
      limit,
    );
    return due.map((item) => toDue(storedSchema.parse(item)));
  }

  async claim(delivery: DueWebhookDelivery, at: Date, until: Date): Promise<DueWebhookDelivery | undefined> {
    const notBefore = until.toISOString();
    const claimed = await this.#update(delivery, {
      UpdateExpression: 'SET attempts = :next, notBefore = :notBefore, gsi1sk = :sortKey',
      ConditionExpression: 'notBefore <= :now',
      ExpressionAttributeValues: {
        ':next': delivery.attempts + 1,
        ':notBefore': notBefore,
        ':sortKey': webhookDueIndexKeys(delivery.endpointId, delivery.id, notBefore).gsi1sk,
        ':now': at.toISOString(),
      },
    });
    return claimed ? { ...delivery, attempts: delivery.attempts + 1, notBefore } : undefined;
  }

  async delivered(delivery: DueWebhookDelivery, attempt: WebhookAttempt): Promise<void> {
    await this.#finish(delivery, attempt, 'delivered', 'deliveredAt = :at, ');
  }

  async failed(delivery: DueWebhookDelivery, attempt: WebhookAttempt): Promise<void> {
    await this.#finish(delivery, attempt, 'failed', '');
  }

  async retryLater(delivery: DueWebhookDelivery, attempt: WebhookAttempt, notBefore: Date): Promise<void> {
    const due = notBefore.toISOString();
    await this.#update(delivery, {
      UpdateExpression: 'SET notBefore = :notBefore, gsi1sk = :sortKey, attemptLog = list_append(attemptLog, :attempt)',
      ExpressionAttributeValues: {
        ':notBefore': due,
        ':sortKey': webhookDueIndexKeys(delivery.endpointId, delivery.id, due).gsi1sk,
        ':attempt': [attempt],
      },
    });
  }

  async hold(delivery: DueWebhookDelivery, attempt: WebhookAttempt | undefined): Promise<void> {
    const held = webhookHeldIndexKeys(delivery.endpointId, delivery.id, delivery.createdAt);
    await this.#update(delivery, {
      UpdateExpression: `SET #status = :held, gsi3pk = :heldPk, gsi3sk = :heldSk${
        attempt === undefined ? '' : ', attemptLog = list_append(attemptLog, :attempt)'
      } REMOVE gsi1pk, gsi1sk, notBefore`,
      ExpressionAttributeValues: {
        ':held': 'held',
        ':heldPk': held.gsi3pk,
        ':heldSk': held.gsi3sk,
        ...(attempt === undefined ? {} : { ':attempt': [attempt] }),
      },
    });
  }

  async drop(delivery: DueWebhookDelivery): Promise<void> {
    await this.#update(delivery, {
      UpdateExpression: 'SET #status = :dropped, expiresAt = :expiresAt REMOVE gsi1pk, gsi1sk, notBefore',
      ExpressionAttributeValues: { ':dropped': 'dropped', ':expiresAt': epochSeconds(delivery.notBefore) + KEEP_FINISHED_SECONDS },
    });
  }

  /**
   * Newest first across the log's shards: one Query per shard not yet read to its end, each from its
   * own position in the cursor, merged; a shard moves on by the entries the page took from it.
   */
  async list(endpointId: string, page: PageRequest): Promise<Page<WebhookDeliverySummary>> {
    const positions = decodeLogCursor(page.cursor, endpointId);
    const read = await Promise.all(
      positions.map(async (position, shard) => {
        if (position === 'done') return { items: [], more: false };
        const partition = webhookDeliveryLogPartition(endpointId, shard);
        const { Items = [], LastEvaluatedKey } = await this.#client.send(
          new QueryCommand({
            TableName: this.#tableName,
            IndexName: 'gsi2',
            KeyConditionExpression: 'gsi2pk = :pk',
            ExpressionAttributeValues: { ':pk': partition },
            ScanIndexForward: false,
            Limit: page.limit,
            ...(position === null ? {} : { ExclusiveStartKey: { ...position, gsi2pk: partition } }),
          }),
        );
        return { items: Items.map((item) => ({ item, shard })), more: LastEvaluatedKey !== undefined };
      }),
    );
    const taken = read
      .flatMap((shard) => shard.items)
      .sort(
        (a, b) =>
          String(b.item['gsi2sk']).localeCompare(String(a.item['gsi2sk'])) || String(b.item['pk']).localeCompare(String(a.item['pk'])),
      )
      .slice(0, page.limit);
    const next = positions.map((position, shard): LogPosition => {
      const fromShard = taken.filter((entry) => entry.shard === shard);
      const last = fromShard.at(-1)?.item;
      const shardRead = read[shard];
      if (shardRead === undefined || position === 'done') return 'done';
      if (fromShard.length === shardRead.items.length && !shardRead.more) return 'done';
      return last === undefined ? position : { pk: String(last['pk']), sk: String(last['sk']), gsi2sk: String(last['gsi2sk']) };
    });
    return {
      items: taken.map((entry) => toSummary(entry.item)),
      nextCursor: next.every((position) => position === 'done') ? undefined : cursorOf({ e: endpointId, p: next }),
    };
  }

  find(endpointId: string, deliveryId: string): Promise<WebhookDelivery | undefined> {
    return consistentGet(this.#client, this.#tableName, webhookDeliveryKey(endpointId, deliveryId), toDelivery);
  }

  /** A new series: attempts counted from zero, due at `at`, out of the held list; the attempt log stays. */
  async redeliver(endpointId: string, deliveryId: string, at: Date): Promise<'requeued' | 'not-found' | 'queued-already'> {
    const notBefore = at.toISOString();
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: webhookDeliveryKey(endpointId, deliveryId),
          UpdateExpression:
            'SET #status = :queued, attempts = :zero, notBefore = :notBefore, gsi1pk = :duePk, gsi1sk = :dueSk REMOVE gsi3pk, gsi3sk, expiresAt',
          ConditionExpression: 'attribute_exists(pk) AND #status IN (:delivered, :failed, :held)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':queued': 'queued',
            ':zero': 0,
            ':notBefore': notBefore,
            ':duePk': webhookDueIndexKeys(endpointId, deliveryId, notBefore).gsi1pk,
            ':dueSk': webhookDueIndexKeys(endpointId, deliveryId, notBefore).gsi1sk,
            ':delivered': 'delivered',
            ':failed': 'failed',
            ':held': 'held',
          },
        }),
      );
      return 'requeued';
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const delivery = await this.find(endpointId, deliveryId);
      return delivery === undefined || delivery.status === 'failed' ? 'not-found' : 'queued-already';
    }
  }

  async releaseHeld(endpointId: string, at: Date): Promise<number> {
    let released = 0;
    for (;;) {
      const { Items = [] } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: 'gsi3',
          KeyConditionExpression: 'gsi3pk = :pk',
          ExpressionAttributeValues: { ':pk': webhookHeldPartition(endpointId) },
          Limit: HELD_PAGE,
        }),
      );
      if (Items.length === 0) return released;
      // Each one leaves the held list as it is queued, so the next Query starts at the first still held.
      for (const item of Items) {
        const outcome = await this.redeliverHeld(String(item['endpointId']), String(item['deliveryId']), at);
        if (outcome) released += 1;
      }
      if (Items.length < HELD_PAGE) return released;
    }
  }

  /** A held delivery queued again, keeping its attempt count (the series goes on where the pause stopped it). */
  async redeliverHeld(endpointId: string, deliveryId: string, at: Date): Promise<boolean> {
    const notBefore = at.toISOString();
    const due = webhookDueIndexKeys(endpointId, deliveryId, notBefore);
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: webhookDeliveryKey(endpointId, deliveryId),
          UpdateExpression: 'SET #status = :queued, notBefore = :notBefore, gsi1pk = :duePk, gsi1sk = :dueSk REMOVE gsi3pk, gsi3sk',
          ConditionExpression: '#status = :held',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':queued': 'queued',
            ':held': 'held',
            ':notBefore': notBefore,
            ':duePk': due.gsi1pk,
            ':dueSk': due.gsi1sk,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async #finish(delivery: DueWebhookDelivery, attempt: WebhookAttempt, status: 'delivered' | 'failed', extra: string): Promise<void> {
    await this.#update(delivery, {
      UpdateExpression: `SET #status = :status, ${extra}expiresAt = :expiresAt, attemptLog = list_append(attemptLog, :attempt) REMOVE gsi1pk, gsi1sk, notBefore`,
      ExpressionAttributeValues: {
        ':status': status,
        ':expiresAt': epochSeconds(attempt.at) + KEEP_FINISHED_SECONDS,
        ':attempt': [attempt],
        ...(extra === '' ? {} : { ':at': attempt.at }),
      },
    });
  }

  /** Keeps the newest KEPT_ATTEMPTS attempts: redeliveries could otherwise grow an item without bound. */
  async #trimLog(delivery: DueWebhookDelivery, excess: number): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: webhookDeliveryKey(delivery.endpointId, delivery.id),
        UpdateExpression: `REMOVE ${Array.from({ length: excess }, (_, index) => `attemptLog[${index}]`).join(', ')}`,
      }),
    );
  }

  /** An update of a delivery still queued with the attempts `delivery` carries; false when that no longer holds. */
  async #update(
    delivery: DueWebhookDelivery,
    update: { UpdateExpression: string; ConditionExpression?: string; ExpressionAttributeValues: Record<string, unknown> },
  ): Promise<boolean> {
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: webhookDeliveryKey(delivery.endpointId, delivery.id),
          UpdateExpression: update.UpdateExpression,
          ReturnValues: 'UPDATED_NEW',
          ConditionExpression: [
            '#status = :queuedState',
            'attempts = :attempts',
            ...(update.ConditionExpression === undefined ? [] : [update.ConditionExpression]),
          ].join(' AND '),
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':queuedState': 'queued', ':attempts': delivery.attempts, ...update.ExpressionAttributeValues },
        }),
      );
      const log = Attributes?.['attemptLog'];
      if (Array.isArray(log) && log.length > KEPT_ATTEMPTS) await this.#trimLog(delivery, log.length - KEPT_ATTEMPTS);
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
