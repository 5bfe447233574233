import { cachedProgrammes } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationParticipants } from '../../shared/adapters/dynamodb/dynamodb-education-participants.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { EducationDependencies } from '../../shared/education/use-cases/education-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the education function's routes reach outside pure code for. */
export interface EducationWiring {
  readonly education: EducationDependencies;
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every invocation. */
export const wiring: () => EducationWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  return {
    education: {
      applications: new DynamoDbApplicationRepository(client, tableName),
      participants: new DynamoDbEducationParticipants(client, tableName),
      // Seasons are read strongly: staff edit courses right after creating a season.
      seasons: new DynamoDbSeasonRepository(client, tableName),
      // The shortlist rule through the per-container catalogue cache: an edit reaches here within its TTL.
      programmes: cachedProgrammes(client, tableName, clock),
      catalogues: new DynamoDbEducationCatalogue(client, tableName),
      progress: new DynamoDbEducationProgress(client, tableName),
      clock,
    },
  };
});
