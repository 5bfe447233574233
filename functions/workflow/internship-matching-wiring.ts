import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { dynamoDbCandidateScores } from '../../shared/adapters/dynamodb/dynamodb-candidate-scores.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbMatchingInputs } from '../../shared/adapters/dynamodb/dynamodb-matching-inputs.ts';
import { DynamoDbMatchingRuns } from '../../shared/adapters/dynamodb/dynamodb-matching-runs.ts';
import { placementOffersFrom } from '../../shared/adapters/dynamodb/dynamodb-placement-offers.ts';
import { dynamoDbPlacementRecipients } from '../../shared/adapters/dynamodb/dynamodb-placement-recipients.ts';
import { DynamoDbPlacements } from '../../shared/adapters/dynamodb/dynamodb-placements.ts';
import type { CatalogueDependencies } from '../../shared/catalogue/use-cases/catalogue-dependencies.ts';
import { MAX_MATCHING_PAGE } from '../../shared/internships/matching-run-schema.ts';
import type { MatchingStepDependencies } from '../../shared/internships/use-cases/matching-runs/matching-run-dependencies.ts';

/**
 * The internship matching tasks' adapters. Loaded and built at the first such task of a container
 * (a chunk of its own), so a container running only gates never reads the internships' code.
 */
export const internshipMatchingWiring = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: Pick<CatalogueDependencies, 'programmes' | 'seasons' | 'mailQueue' | 'clock'>,
  pageSize: number | undefined,
): MatchingStepDependencies => ({
  runs: new DynamoDbMatchingRuns(client, tableName),
  inputs: new DynamoDbMatchingInputs(client, tableName),
  placements: new DynamoDbPlacements(client, tableName),
  recipients: dynamoDbPlacementRecipients(client, tableName, dynamoDbApplicantRecords(client, tableName)),
  scores: dynamoDbCandidateScores(client, tableName),
  offers: placementOffersFrom(new DynamoDbInternshipStore(client, tableName)),
  programmes: catalogue.programmes,
  seasons: catalogue.seasons,
  mailQueue: catalogue.mailQueue,
  clock: catalogue.clock,
  pageSize: Math.min(pageSize ?? MAX_MATCHING_PAGE, MAX_MATCHING_PAGE),
});
