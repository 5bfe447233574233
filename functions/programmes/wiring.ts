import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { DynamoDbWorkflowFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-workflow-failure-repository.ts';
import { lazySfnWorkflowStarter } from '../../shared/adapters/sfn/lazy-workflow-starter.ts';
import type { CatalogueDependencies } from '../../shared/catalogue/use-cases/catalogue-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the programmes function's routes reach outside pure code for. */
export interface ProgrammesWiring {
  readonly catalogue: Pick<CatalogueDependencies, 'programmes' | 'seasons' | 'workflows' | 'failures' | 'clock'>;
}

/**
 * Built once per Lambda container (the handler calls it at cold start) and shared by every
 * invocation. The Step Functions client is the exception: only opening a season starts a
 * workflow, so it is built at that route's first call.
 */
export const wiring: () => ProgrammesWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    catalogue: {
      programmes: new DynamoDbProgrammeRepository(client, tableName),
      seasons: new DynamoDbSeasonRepository(client, tableName),
      failures: new DynamoDbWorkflowFailureRepository(client, tableName),
      workflows: lazySfnWorkflowStarter(),
      clock: () => new Date(),
    },
  };
});
