import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/**
 * ONE Query of one gsi1 partition, in index order, from the caller's cursor (checked against the
 * partition before it reaches DynamoDB): how a season's pool, an offer's candidates or an expert's
 * reviews are listed page by page.
 */
export const gsi1PartitionPage = async <T>(
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  partition: string,
  page: PageRequest,
  toRecord: (item: Record<string, unknown>) => T,
): Promise<Page<T>> => {
  const { Items = [], LastEvaluatedKey } = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': partition },
      Limit: page.limit,
      ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } }),
    }),
  );
  return { items: Items.map((item) => toRecord(item)), nextCursor: encodeCursor(LastEvaluatedKey) };
};
