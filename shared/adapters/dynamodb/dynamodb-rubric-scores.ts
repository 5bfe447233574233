import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RubricScores } from '../../progression/ports/rubric-scores.ts';
import { DynamoDbReviewStore } from './dynamodb-review-store.ts';

/** The `rubricScore` guard's scores, as the reviews store keeps them in the application's partition (one Query). */
export const dynamoDbRubricScores = (client: DynamoDBDocumentClient, tableName: string): RubricScores => {
  const store = new DynamoDbReviewStore(client, tableName);
  return {
    async scoresOf(applicationId) {
      return new Map((await store.aggregatesOf(applicationId)).map((aggregate) => [aggregate.rubricId, aggregate.score]));
    },
  };
};
