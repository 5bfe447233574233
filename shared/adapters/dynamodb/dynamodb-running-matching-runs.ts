import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { RUNNING_INTERNSHIP_MATCHING_PARTITION } from '../../platform/keys/keys.ts';

/**
 * Every season's matching runs holding their stage's lock: the sparse list the held locks carry
 * (keys.ts), apart from the runs' adapter, so the calendar's tick reads no more than this Query.
 */
export const listRunningMatchingRuns = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
): Promise<readonly { readonly seasonId: string; readonly runId: string }[]> => {
  const held: { seasonId: string; runId: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': RUNNING_INTERNSHIP_MATCHING_PARTITION },
        ProjectionExpression: 'gsi1sk',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of Items) {
      // <seasonId>#<runId>: a season id is a slug, so the first '#' splits them.
      const [seasonId, runId] = String(item['gsi1sk']).split('#', 2);
      if (seasonId !== undefined && runId !== undefined) held.push({ seasonId, runId });
    }
    start = LastEvaluatedKey;
  } while (start !== undefined);
  return held;
};
