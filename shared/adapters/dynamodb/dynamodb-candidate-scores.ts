import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CandidateScores } from '../../internships/ports/candidate-scores.ts';
import { rubricAggregateKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { dynamoDbRubricScores } from './dynamodb-rubric-scores.ts';

/** Whether a stored rubric aggregate is a settled score: disputed ones wait for the extra reviewer the rubric asks for. */
const settledScore = (item: Record<string, unknown>): number | undefined =>
  typeof item['score'] === 'number' && item['extraReviewerWanted'] !== true ? item['score'] : undefined;

/**
 * The reviews' stored scores as the internships read them: an application's every rubric (one
 * Query of its partition, as the `rubricScore` guard reads them), or one rubric of a page of
 * applications (one BatchGet per 100 of the aggregates' keys), read as the guard reads them.
 */
export const dynamoDbCandidateScores = (client: DynamoDBDocumentClient, tableName: string): CandidateScores => ({
  scoresOf: dynamoDbRubricScores(client, tableName).scoresOf,
  async rubricScoresOf(applicationIds, rubricId) {
    const items = await batchGetAll(
      client,
      tableName,
      [...new Set(applicationIds)].map((applicationId) => ({ ...rubricAggregateKey(applicationId, rubricId) })),
    );
    const byPartition = new Map(
      [...new Set(applicationIds)].map((applicationId) => [rubricAggregateKey(applicationId, rubricId).pk, applicationId]),
    );
    const scores = new Map<string, number>();
    for (const item of items) {
      const applicationId = byPartition.get(String(item['pk']));
      const score = settledScore(item);
      if (applicationId !== undefined && score !== undefined) scores.set(applicationId, score);
    }
    return scores;
  },
});
