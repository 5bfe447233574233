import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableKeys } from '../../platform/keys/keys.ts';

/** One item by its key, read strongly consistently (a write just made is seen), as its record; undefined when absent. */
export const consistentGet = async <T>(
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  key: TableKeys,
  toRecord: (item: Record<string, unknown>) => T,
): Promise<T | undefined> => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
  return Item === undefined ? undefined : toRecord(Item);
};
