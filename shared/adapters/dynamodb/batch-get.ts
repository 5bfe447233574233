import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchGetItem reads at most 100 keys per request. */
const BATCH_LIMIT = 100;
/** Throttling under load leaves some keys unprocessed; they are asked again, a bounded number of times. */
const MAX_ROUNDS = 5;

type BatchGetAnswer = {
  Responses?: Record<string, Record<string, unknown>[]>;
  UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }>;
};

/** The items of `keys` that exist, read strongly consistently, 100 keys a request; in no particular order. */
export const batchGetAll = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  keys: readonly Record<string, unknown>[],
): Promise<Record<string, unknown>[]> => {
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < keys.length; start += BATCH_LIMIT) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + BATCH_LIMIT);
    for (let round = 0; pending !== undefined && pending.length > 0; round += 1) {
      if (round === MAX_ROUNDS) throw new Error('BatchGetItem left keys unprocessed after retries');
      const { Responses, UnprocessedKeys }: BatchGetAnswer = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      found.push(...(Responses?.[tableName] ?? []));
      pending = UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return found;
};
