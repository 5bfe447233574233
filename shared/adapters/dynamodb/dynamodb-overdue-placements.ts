import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AWAITING_ANSWER_PARTITION, awaitingAnswerBound } from '../../platform/keys/keys.ts';

/**
 * Whether some offered placement is past its answer deadline: one Query of the sparse list of
 * deadlines, Limit 1, keys only. Apart from the placements' adapter, so the calendar's tick, which
 * asks every minute and almost always finds none, reads no more than this.
 */
export const anyOverduePlacement = async (client: Pick<DynamoDBDocumentClient, 'send'>, tableName: string, now: Date): Promise<boolean> => {
  const { Items = [] } = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :bound',
      ExpressionAttributeValues: { ':pk': AWAITING_ANSWER_PARTITION, ':bound': awaitingAnswerBound(now.toISOString()) },
      ProjectionExpression: 'pk',
      Limit: 1,
    }),
  );
  return Items.length > 0;
};
