import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requestRecommendationLetter } from '../../mentoring/use-cases/request-recommendation-letter.ts';
import type { RecommendationLetterRequests } from '../../progression/ports/recommendation-letter-requests.ts';
import { DynamoDbMailQueue } from './dynamodb-mail-queue.ts';
import { DynamoDbMentorProfiles } from './dynamodb-mentor-profiles.ts';
import { DynamoDbMentoringPairs } from './dynamodb-mentoring-pairs.ts';
import { DynamoDbRecommendationLetters } from './dynamodb-recommendation-letters.ts';

/** Progression's `requestRecommendationLetter` effect answered by the mentoring capability's use case over the table. */
export const dynamoDbRecommendationLetterRequests = (
  client: DynamoDBDocumentClient,
  tableName: string,
  clock: () => Date,
): RecommendationLetterRequests => {
  const deps = {
    pairs: new DynamoDbMentoringPairs(client, tableName),
    letters: new DynamoDbRecommendationLetters(client, tableName),
    profiles: new DynamoDbMentorProfiles(client, tableName),
    mailQueue: new DynamoDbMailQueue(client, tableName),
    clock,
  };
  return { request: (context) => requestRecommendationLetter(deps, context) };
};
