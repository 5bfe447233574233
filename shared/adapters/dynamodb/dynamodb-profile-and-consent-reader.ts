import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProfileAndConsent, ProfileAndConsentReader } from '../../applicants/ports/profile-and-consent-reader.ts';
import { batchGetAll } from './batch-get.ts';
import { toConsentState } from './dynamodb-consent-repository.ts';
import { toProfile } from './dynamodb-profile-repository.ts';
import { consentStateKey, profileKey } from '../../platform/keys/keys.ts';

/**
 * Profile and consent state with ONE strongly consistent BatchGetItem of their two keys (billed as
 * two point reads, one request). A Query of the applicant's partition would also read every
 * consent record and the guards in between, which a person accumulates over the seasons.
 */
export class DynamoDbProfileAndConsentReader implements ProfileAndConsentReader {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async read(applicantId: string): Promise<ProfileAndConsent> {
    const profileSk = profileKey(applicantId).sk;
    const found = await batchGetAll(this.#client, this.#tableName, [{ ...profileKey(applicantId) }, { ...consentStateKey(applicantId) }]);
    const profile = found.find((item) => item['sk'] === profileSk);
    const state = found.find((item) => item['sk'] !== profileSk);
    return {
      profile: profile === undefined ? undefined : toProfile(profile),
      consentState: state === undefined ? undefined : toConsentState(state),
    };
  }
}
