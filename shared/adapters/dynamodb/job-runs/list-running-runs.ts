import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HeldJobRun } from '../../../platform/jobs/job-run.ts';

/**
 * Every season's runs of one kind holding their lock: the sparse list the held locks carry in
 * `partition` of gsi1, each entry's sort key `<seasonId>#<runId>` (keys.ts). Apart from the runs'
 * adapter, so the calendar's tick, which asks every minute and almost always finds none, reads no
 * more than this Query. (Gate locks name the gate there, not the run: the gates' adapter lists them.)
 */
export const listRunningRuns = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  partition: string,
): Promise<readonly HeldJobRun[]> => {
  const held: HeldJobRun[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
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
