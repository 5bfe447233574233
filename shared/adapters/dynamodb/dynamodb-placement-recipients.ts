import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicantRecords } from '../../applications/ports/applicant-records.ts';
import type { PlacementRecipient, PlacementRecipients } from '../../internships/ports/placement-recipients.ts';
import { profileKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { toProfile } from './dynamodb-profile-repository.ts';

/**
 * A page of applicants' addresses and languages from their profiles (one BatchGet per 100), their
 * consent as the applications read it, and for a host's mail their names with their consent states
 * (one BatchGet of both).
 */
export const dynamoDbPlacementRecipients = (
  client: DynamoDBDocumentClient,
  tableName: string,
  applicants: Pick<ApplicantRecords, 'processingStopped'>,
): PlacementRecipients => ({
  contactsOf: async (applicantIds) => {
    const ids = [...new Set(applicantIds)];
    const applicantOf = new Map(ids.map((applicantId) => [profileKey(applicantId).pk, applicantId]));
    const items = await batchGetAll(
      client,
      tableName,
      ids.map((applicantId) => ({ ...profileKey(applicantId) })),
    );
    const contacts = new Map<string, PlacementRecipient>();
    for (const item of items) {
      const applicantId = applicantOf.get(String(item['pk']));
      const profile = toProfile(item);
      if (applicantId !== undefined) contacts.set(applicantId, { email: profile.contacts.email, language: profile.preferredLanguage });
    }
    return contacts;
  },
  processingStopped: (applicantIds) => applicants.processingStopped(applicantIds),
});
