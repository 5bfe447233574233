import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbExpertPool } from '../../shared/adapters/dynamodb/dynamodb-expert-pool.ts';
import { DynamoDbExpertProfiles } from '../../shared/adapters/dynamodb/dynamodb-expert-profiles.ts';
import { DynamoDbReviewAssignmentRuns } from '../../shared/adapters/dynamodb/dynamodb-review-assignment-runs.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { dynamoDbReviewSubjects } from '../../shared/adapters/dynamodb/dynamodb-review-subjects.ts';
import type { CatalogueDependencies } from '../../shared/catalogue/use-cases/catalogue-dependencies.ts';
import type { AssignmentRunPageDependencies } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-dependencies.ts';

/**
 * The review assignment tasks' adapters. Loaded and built at the first such task of a container (a
 * chunk of its own, wiring.ts), so a container running only gates never reads the reviews' code.
 */
export const reviewAssignmentWiring = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: Pick<CatalogueDependencies, 'programmes' | 'seasons' | 'clock'>,
): AssignmentRunPageDependencies => ({
  runs: new DynamoDbReviewAssignmentRuns(client, tableName),
  pool: new DynamoDbExpertPool(client, tableName),
  profiles: new DynamoDbExpertProfiles(client, tableName),
  reviews: new DynamoDbReviewStore(client, tableName),
  subjects: dynamoDbReviewSubjects(client, tableName, catalogue),
  programmes: catalogue.programmes,
  clock: catalogue.clock,
});
