import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicantDependencies } from '../../applicants/use-cases/applicant-dependencies.ts';
import { ApplicantRecordsFromProfiles } from '../../applications/use-cases/applicant-records-from-profiles.ts';
import type { ApplicantRecords } from '../../applications/ports/applicant-records.ts';
import { dynamoDbApplicantDependencies } from './dynamodb-applicant-dependencies.ts';
import { DynamoDbProfileAndConsentReader } from './dynamodb-profile-and-consent-reader.ts';

/**
 * What the applications capability reads of people (profile facts, live consent state), wired to
 * the table; `store` holds the consent repository when the caller has it already.
 */
export const dynamoDbApplicantRecords = (
  client: DynamoDBDocumentClient,
  tableName: string,
  store: Pick<ApplicantDependencies, 'consents'> = dynamoDbApplicantDependencies(client, tableName),
): ApplicantRecords => new ApplicantRecordsFromProfiles(store.consents, new DynamoDbProfileAndConsentReader(client, tableName));
