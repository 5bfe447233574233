import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once } from '../../platform/wiring/once.ts';
import type { RecommendationLetterRequests } from '../../progression/ports/recommendation-letter-requests.ts';

/**
 * Progression's `requestRecommendationLetter` effect answered by the mentoring capability's use
 * case over the table. Few moves ask for a letter (Объединение наставников' summing up), so the
 * use case and its adapters load at the first that does, in a chunk of their own (the Lambdas are
 * built code-split), never at a function's cold start.
 */
export const lazyRecommendationLetterRequests = (
  client: DynamoDBDocumentClient,
  tableName: string,
  clock: () => Date,
): RecommendationLetterRequests => {
  const deps = once(async () => {
    const [{ DynamoDbMentoringPairs }, { DynamoDbRecommendationLetters }, { DynamoDbMentorProfiles }, { DynamoDbMailQueue }, useCase] =
      await Promise.all([
        import('./dynamodb-mentoring-pairs.ts'),
        import('./dynamodb-recommendation-letters.ts'),
        import('./dynamodb-mentor-profiles.ts'),
        import('./dynamodb-mail-queue.ts'),
        import('../../mentoring/use-cases/request-recommendation-letter.ts'),
      ]);
    return {
      request: useCase.requestRecommendationLetter,
      ports: {
        pairs: new DynamoDbMentoringPairs(client, tableName),
        letters: new DynamoDbRecommendationLetters(client, tableName),
        profiles: new DynamoDbMentorProfiles(client, tableName),
        mailQueue: new DynamoDbMailQueue(client, tableName),
        clock,
      },
    };
  });
  return {
    request: async (context) => {
      const { request, ports } = await deps();
      return request(ports, context);
    },
  };
};
