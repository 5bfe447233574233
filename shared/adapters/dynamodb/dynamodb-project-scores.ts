import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProjectScores } from '../../mentoring/ports/project-scores.ts';
import { applicationIdOfPartitionKey, rubricAggregateKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';

/**
 * Projects' scores on one rubric as the reviews store keeps them (each application's SCORE#<rubric>
 * item): one BatchGet per hundred applications, the two attributes read without the reviews'
 * schemas. A score whose reviewers disagree and wait for one more expert is no score yet.
 */
export const dynamoDbProjectScores = (client: DynamoDBDocumentClient, tableName: string): ProjectScores => ({
  async scoresOf(applicationIds, rubricId) {
    const items = await batchGetAll(
      client,
      tableName,
      [...new Set(applicationIds)].map((id) => ({ ...rubricAggregateKey(id, rubricId) })),
    );
    const scores = new Map<string, number>();
    for (const item of items) {
      const applicationId = typeof item['pk'] === 'string' ? applicationIdOfPartitionKey(item['pk']) : undefined;
      if (typeof applicationId === 'string' && typeof item['score'] === 'number' && item['extraReviewerWanted'] !== true)
        scores.set(applicationId, item['score']);
    }
    return scores;
  },
});
