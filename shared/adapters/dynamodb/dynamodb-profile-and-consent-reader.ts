import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProfileAndConsent, ProfileAndConsentReader } from '../../applicants/ports/profile-and-consent-reader.ts';
import { toConsentState } from './dynamodb-consent-repository.ts';
import { toProfile } from './dynamodb-profile-repository.ts';
import { consentStateKey, profileKey } from './keys.ts';

/** Throttling may leave keys unprocessed; they are asked again a bounded number of times. */
const MAX_ROUNDS = 5;

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
    let keys: Record<string, unknown>[] | undefined = [{ ...profileKey(applicantId) }, { ...consentStateKey(applicantId) }];
    const found: Record<string, unknown>[] = [];
    for (let round = 0; keys !== undefined && keys.length > 0; round += 1) {
      if (round === MAX_ROUNDS) throw new Error('BatchGetItem left keys unprocessed after retries');
      const { Responses, UnprocessedKeys }: { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> } =
        await this.#client.send(new BatchGetCommand({ RequestItems: { [this.#tableName]: { Keys: keys, ConsistentRead: true } } }));
      found.push(...(Responses?.[this.#tableName] ?? []));
      keys = UnprocessedKeys?.[this.#tableName]?.Keys;
    }
    const profile = found.find((item) => item['sk'] === profileSk);
    const state = found.find((item) => item['sk'] !== profileSk);
    return { profile: profile === undefined ? undefined : toProfile(profile), consentState: state === undefined ? undefined : toConsentState(state) };
  }
}
