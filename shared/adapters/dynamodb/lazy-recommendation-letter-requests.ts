import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once } from '../../platform/wiring/once.ts';
import type { RecommendationLetterRequests } from '../../progression/ports/recommendation-letter-requests.ts';

/**
 * The letter requests of dynamodb-recommendation-letter-requests.ts, loaded at the first move that
 * asks for a letter (Объединение наставников' summing up): the use case and its adapters sit in a
 * chunk of their own (the Lambdas are built code-split), never in a function's cold start.
 */
export const lazyRecommendationLetterRequests = (
  client: DynamoDBDocumentClient,
  tableName: string,
  clock: () => Date,
): RecommendationLetterRequests => {
  const requests = once(() =>
    import('./dynamodb-recommendation-letter-requests.ts').then((module) =>
      module.dynamoDbRecommendationLetterRequests(client, tableName, clock),
    ),
  );
  return { request: async (context) => (await requests()).request(context) };
};
