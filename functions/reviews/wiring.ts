import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbExpertPool } from '../../shared/adapters/dynamodb/dynamodb-expert-pool.ts';
import { DynamoDbExpertProfiles } from '../../shared/adapters/dynamodb/dynamodb-expert-profiles.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { dynamoDbReviewSubjects } from '../../shared/adapters/dynamodb/dynamodb-review-subjects.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ReviewDependencies } from '../../shared/reviews/use-cases/review-dependencies.ts';

/** Everything the reviews function's routes reach outside pure code for. */
export interface ReviewsWiring {
  readonly reviews: ReviewDependencies;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => ReviewsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  return {
    reviews: {
      profiles: new DynamoDbExpertProfiles(client, tableName),
      pool: new DynamoDbExpertPool(client, tableName),
      reviews: new DynamoDbReviewStore(client, tableName),
      subjects: dynamoDbReviewSubjects(client, tableName, { programmes, seasons }),
      // The catalogue's staff scope, plugged into the port reviews declare for it.
      staffedSeasons: staffedSeasonCheck({ programmes, seasons }),
      clock,
    },
  };
});
