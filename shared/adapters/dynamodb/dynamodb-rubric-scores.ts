import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { RUBRIC_AGGREGATE_PREFIX, rubricAggregateKey } from '../../platform/keys/keys.ts';
import type { RubricScores } from '../../progression/ports/rubric-scores.ts';

/**
 * The `rubricScore` guard's scores, as the reviews store keeps them in the application's partition:
 * one Query projecting the two attributes the guard reads. It reads them without the reviews'
 * schemas on purpose: the workflow Lambda decides every transition, and the whole aggregate's
 * schema would weigh on its cold start for two fields.
 */
export const dynamoDbRubricScores = (client: DynamoDBDocumentClient, tableName: string): RubricScores => ({
  async scoresOf(applicationId) {
    const scores = new Map<string, number>();
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': rubricAggregateKey(applicationId, '').pk, ':prefix': RUBRIC_AGGREGATE_PREFIX },
          ProjectionExpression: 'rubricId, score, extraReviewerWanted',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      // A score the reviewers disputed waits for the extra reviewer the rubric asks for: not a decision yet.
      for (const item of Items)
        if (typeof item['rubricId'] === 'string' && typeof item['score'] === 'number' && item['extraReviewerWanted'] !== true)
          scores.set(item['rubricId'], item['score']);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return scores;
  },
});
