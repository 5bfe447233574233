import { randomBytes } from 'node:crypto';
import { PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ErasureRequests, OpenOutcome, StepRecord } from '../../erasure/ports/erasure-requests.ts';
import { addCounts } from '../../erasure/domain/erasure-steps.ts';
import { storedErasureRequestSchema, type StoredErasureRequest } from '../../erasure/erasure-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import {
  ENTITY,
  ERASURE_REQUESTS_PARTITION,
  erasureRequestKey,
  erasureRequestKeys,
  erasureSaltKey,
  erasureSubjectKey,
  OPEN_ERASURES_PARTITION,
  openErasureIndexKeys,
} from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT, putOnce } from './put-once.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

const toRequest = (item: Record<string, unknown>): StoredErasureRequest => parseStoredItem(storedErasureRequestSchema, item);

/**
 * Erasure requests (ERASURE_REQUEST#<id>), each person's one (ERASURE_SUBJECT#<digest>) and the
 * digests' salt (ERASURE / SALT). The salt is made once, at random, by the first request: it sits in
 * the table the audit sits in, so it keeps the audit from being matched against subjects outside
 * it (copies, logs, exports), not from whoever reads the whole table, who reads the subjects anyway.
 */
export class DynamoDbErasureRequests implements ErasureRequests {
  readonly #client: Pick<DynamoDBDocumentClient, 'send'>;
  readonly #tableName: string;
  #salt: string | undefined;

  constructor(client: Pick<DynamoDBDocumentClient, 'send'>, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async salt(): Promise<string> {
    if (this.#salt !== undefined) return this.#salt;
    const read = async () =>
      consistentGet(this.#client, this.#tableName, erasureSaltKey(), (item) =>
        typeof item['salt'] === 'string' ? item['salt'] : undefined,
      );
    let salt = await read();
    if (salt === undefined) {
      try {
        await this.#client.send(
          new PutCommand(
            putOnce(this.#tableName, { ...erasureSaltKey(), entity: ENTITY.erasureSalt, salt: randomBytes(32).toString('base64url') }),
          ),
        );
      } catch (error) {
        // Another request made it first: theirs is the salt.
        if (!isConditionalCheckFailed(error)) throw error;
      }
      salt = await read();
    }
    if (salt === undefined) throw new Error('The erasure salt could not be read back');
    this.#salt = salt;
    return salt;
  }

  async open(request: StoredErasureRequest): Promise<OpenOutcome> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: putOnce(this.#tableName, {
                ...erasureSubjectKey(request.subjectDigest),
                entity: ENTITY.erasureSubject,
                requestId: request.id,
              }),
            },
            {
              Put: putOnce(this.#tableName, {
                ...erasureRequestKeys(request),
                ...(request.status === 'completed' ? {} : openErasureIndexKeys(request)),
                entity: ENTITY.erasureRequest,
                ...request,
              }),
            },
          ],
        }),
      );
      return { outcome: 'opened', request };
    } catch (error) {
      if (cancellationReasons(error)?.[0]?.code !== 'ConditionalCheckFailed') throw error;
    }
    const existingId = await consistentGet(this.#client, this.#tableName, erasureSubjectKey(request.subjectDigest), (item) =>
      typeof item['requestId'] === 'string' ? item['requestId'] : undefined,
    );
    const existing = existingId === undefined ? undefined : await this.find(existingId);
    if (existing === undefined) throw new Error('An erasure subject names no request');
    return { outcome: 'existing', request: existing };
  }

  async find(requestId: string): Promise<StoredErasureRequest | undefined> {
    return consistentGet(this.#client, this.#tableName, erasureRequestKey(requestId), toRequest);
  }

  async list(page: PageRequest): Promise<Page<StoredErasureRequest>> {
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': ERASURE_REQUESTS_PARTITION },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: ERASURE_REQUESTS_PARTITION } }),
      }),
    );
    return { items: Items.map(toRequest), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async unfinished(): Promise<readonly string[]> {
    const ids: string[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': OPEN_ERASURES_PARTITION },
          ProjectionExpression: 'id',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of Items) if (typeof item['id'] === 'string') ids.push(item['id']);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return ids;
  }

  async recordStep(request: StoredErasureRequest, record: StepRecord): Promise<StoredErasureRequest | undefined> {
    const { email: _email, ...withoutEmail } = request;
    const next: StoredErasureRequest = {
      ...(record.dropEmail === true ? withoutEmail : request),
      status: 'erasing',
      stepsDone: [...request.stepsDone, record.step],
      removed: addCounts(request.removed, record.removed),
      ...(record.inventory === undefined ? {} : { inventory: record.inventory }),
      version: request.version + 1,
    };
    return (await this.#replace(request, next, true)) ? next : undefined;
  }

  async complete(request: StoredErasureRequest, at: Date): Promise<StoredErasureRequest | undefined> {
    // The audit keeps counts, not the application ids the steps needed.
    const { subject: _subject, email: _email, inventory: _inventory, ...kept } = request;
    const next: StoredErasureRequest = { ...kept, status: 'completed', completedAt: at.toISOString(), version: request.version + 1 };
    return (await this.#replace(request, next, false)) ? next : undefined;
  }

  /** Replaces the request if it is still the version read; `open` keeps it on the eraser's list. */
  async #replace(current: StoredErasureRequest, next: StoredErasureRequest, open: boolean): Promise<boolean> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...erasureRequestKeys(next), ...(open ? openErasureIndexKeys(next) : {}), entity: ENTITY.erasureRequest, ...next },
          ConditionExpression: `NOT ${ITEM_ABSENT} AND #version = :expected`,
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': current.version },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
