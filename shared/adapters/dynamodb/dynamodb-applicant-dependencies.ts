import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicantDependencies } from '../../applicants/use-cases/applicant-dependencies.ts';
import { DynamoDbConsentRepository } from './dynamodb-consent-repository.ts';
import { DynamoDbProfileRepository } from './dynamodb-profile-repository.ts';

/** The profile and consent side of the applications capability, wired to the table; called once at module scope. */
export const dynamoDbApplicantDependencies = (
  client: DynamoDBDocumentClient,
  tableName: string,
  clock: () => Date = () => new Date(),
): ApplicantDependencies => ({
  profiles: new DynamoDbProfileRepository(client, tableName),
  consents: new DynamoDbConsentRepository(client, tableName),
  clock,
});
