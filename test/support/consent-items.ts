import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbConsentRepository, toConsentState } from '../../shared/adapters/dynamodb/dynamodb-consent-repository.ts';
import { currentConsentText } from '../../shared/applicants/domain/consents/consent-texts.ts';
import { ENTITY, consentKey, consentStateKey } from '../../shared/platform/keys/keys.ts';

/**
 * The two items `POST /me/consents` leaves for a person's first consent to personal-data
 * processing (the record and the state projected from it), for seeds that write straight to the
 * table: nothing of a person is stored before this consent, so a seeded profile comes with it.
 */
export const consentItems = (applicantId: string, at: string): readonly Record<string, unknown>[] => {
  const textVersion = currentConsentText('personal-data').version;
  const record = { id: randomUUID(), kind: 'personal-data', textVersion, at };
  const state = {
    ...consentStateKey(applicantId),
    entity: ENTITY.consentState,
    applicantId,
    personalData: 'given',
    textVersion,
    guardianConsentGiven: false,
    updatedAt: at,
    version: 1,
  };
  // The consent repository writes the state with UpdateItem and has no item builder: its reader must accept this one.
  toConsentState(state);
  return [{ ...consentKey(applicantId, at, record.id), entity: ENTITY.consent, applicantId, ...record }, state];
};

/**
 * The applicant's consent to personal-data processing, through the consent repository (record and
 * state in its one transaction), for fixtures that write a person's application or profile
 * straight to the table: the routes store neither without this consent.
 */
export const storeConsent = async (client: DynamoDBDocumentClient, tableName: string, applicantId: string, at: string): Promise<void> => {
  const outcome = await new DynamoDbConsentRepository(client, tableName).append(applicantId, {
    id: randomUUID(),
    kind: 'personal-data',
    textVersion: currentConsentText('personal-data').version,
    at,
  });
  if (outcome !== 'appended') throw new Error('the consent was not stored');
};
