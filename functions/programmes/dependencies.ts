import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { DynamoDbWorkflowFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-workflow-failure-repository.ts';
import { sfnClient } from '../../shared/adapters/sfn/sfn-client.ts';
import { SfnWorkflowStarter } from '../../shared/adapters/sfn/sfn-workflow-starter.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import type { CatalogueDependencies } from '../../shared/catalogue/use-cases/catalogue-dependencies.ts';

/** Created once per Lambda container, at cold start, and shared by every invocation. */
const tableName = requireEnv(ENV.tableName);
const client = documentClient();

export const catalogue: Pick<CatalogueDependencies, 'programmes' | 'seasons' | 'workflows' | 'failures' | 'clock'> = {
  programmes: new DynamoDbProgrammeRepository(client, tableName),
  seasons: new DynamoDbSeasonRepository(client, tableName),
  failures: new DynamoDbWorkflowFailureRepository(client, tableName),
  workflows: new SfnWorkflowStarter(sfnClient()),
  clock: () => new Date(),
};
