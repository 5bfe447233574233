import { BatchGetCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countEvent, type EventFact } from '../../counters/domain/count-event.ts';
import type { CountedEvent } from '../../counters/domain/season-counts.ts';
import { ENTITY, applicationKey, applicationShard, certificateKey } from '../../platform/keys/keys.ts';
import { eventCounterUpdate } from './dynamodb-season-counts-writes.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';

type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

export interface EventToCount {
  readonly applicationId: string;
  readonly event: CountedEvent;
  readonly subject: string;
  readonly at: string;
}

const ATTEMPTS = 4;

/**
 * Sends `items` (a review's or a certificate's own writes) with the event's count, in one
 * transaction. The count goes into the generation the application is counted in, and the
 * transaction bumps the application's `countedEvents` under the condition that it still is: a
 * rebuild migrating the application meanwhile either sees the event in the partition or finds
 * `countedEvents` changed and reads it again, so no event is lost or counted twice. An application
 * gone (or never stored) counts nothing. The caller reads its own refusals from the first
 * `items.length` reasons, as if the counting were not there.
 */
export const sendCounted = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  items: readonly TransactItem[],
  event: EventToCount,
): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    const { Item } = await client.send(
      new GetCommand({
        TableName: tableName,
        Key: applicationKey(event.applicationId),
        ConsistentRead: true,
        ProjectionExpression: '#generation, #region, #season',
        ExpressionAttributeNames: { '#generation': 'countersGeneration', '#region': 'region', '#season': 'seasonId' },
      }),
    );
    const counting: TransactItem[] = [];
    if (Item !== undefined && typeof Item['seasonId'] === 'string') {
      const generation = typeof Item['countersGeneration'] === 'number' ? Item['countersGeneration'] : undefined;
      const region = typeof Item['region'] === 'string' ? Item['region'] : undefined;
      counting.push(
        {
          Update: {
            TableName: tableName,
            Key: applicationKey(event.applicationId),
            UpdateExpression: 'ADD #events :one',
            ConditionExpression:
              generation === undefined ? 'attribute_exists(pk) AND attribute_not_exists(#generation)' : '#generation = :generation',
            ExpressionAttributeNames: { '#events': 'countedEvents', '#generation': 'countersGeneration' },
            ExpressionAttributeValues: { ':one': 1, ...(generation === undefined ? {} : { ':generation': generation }) },
          },
        },
        eventCounterUpdate(
          tableName,
          Item['seasonId'],
          applicationShard(event.applicationId),
          generation ?? 0,
          countEvent(event.event, event.subject, region, event.at),
        ),
      );
    }
    try {
      await transactWrite(client, new TransactWriteCommand({ TransactItems: [...items, ...counting] }));
      return;
    } catch (error) {
      const refusedCounting = cancellationReasons(error)?.[items.length]?.code === 'ConditionalCheckFailed';
      if (!refusedCounting || attempt >= ATTEMPTS) throw error;
    }
  }
};

/**
 * The events of an application a rebuild counts, from its partition's items (one Query read them
 * already) and its certificates (one BatchGet, only when it has any): each submitted review, each
 * certificate issued and each revoked.
 */
export const eventFactsOf = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  partition: readonly Record<string, unknown>[],
): Promise<readonly EventFact[]> => {
  const facts: EventFact[] = [];
  for (const item of partition) {
    if (item['entity'] === ENTITY.review && item['status'] === 'submitted' && typeof item['submittedAt'] === 'string') {
      facts.push({ event: 'review-completed', subject: String(item['rubricId']), at: item['submittedAt'] });
    }
  }
  const certificateIds = partition.flatMap((item) =>
    item['entity'] === ENTITY.achievementCertificate && typeof item['certificateId'] === 'string' ? [item['certificateId']] : [],
  );
  for (let start = 0; start < certificateIds.length; start += 100) {
    let keys: Record<string, unknown>[] | undefined = certificateIds.slice(start, start + 100).map((id) => ({ ...certificateKey(id) }));
    while (keys !== undefined && keys.length > 0) {
      const { Responses, UnprocessedKeys } = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } }),
      );
      for (const certificate of Responses?.[tableName] ?? []) {
        const subject = String((certificate['achievement'] as { id?: unknown } | undefined)?.id);
        if (typeof certificate['issuedAt'] === 'string') facts.push({ event: 'certificate-issued', subject, at: certificate['issuedAt'] });
        const revokedAt = (certificate['revocation'] as { at?: unknown } | undefined)?.at;
        if (certificate['status'] === 'revoked' && typeof revokedAt === 'string')
          facts.push({ event: 'certificate-revoked', subject, at: revokedAt });
      }
      keys = UnprocessedKeys?.[tableName]?.Keys as Record<string, unknown>[] | undefined;
    }
  }
  return facts;
};

/** An application's partition, every item (application, history, reviews, certificate guards …), strongly consistent. */
export const readApplicationPartition = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  applicationId: string,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...Items);
    start = LastEvaluatedKey;
  } while (start !== undefined);
  return items;
};
