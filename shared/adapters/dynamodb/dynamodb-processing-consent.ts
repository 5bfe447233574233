import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConsentRepository } from '../../applicants/ports/consent-repository.ts';
import type { ProcessingConsent } from '../../documents/ports/processing-consent.ts';
import { DynamoDbConsentRepository } from './dynamodb-consent-repository.ts';

/**
 * The documents' question about a person's consent to processing, answered from the consent state
 * the applicants keep next to their consent history: one GetItem, read live.
 */
export const dynamoDbProcessingConsent = (
  client: DynamoDBDocumentClient,
  tableName: string,
  consents: Pick<ConsentRepository, 'state'> = new DynamoDbConsentRepository(client, tableName),
): ProcessingConsent => ({
  personalData: async (applicantId) => (await consents.state(applicantId))?.personalData ?? 'missing',
});
