import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProfileRepository, ProfileSaveOutcome } from '../../applicants/ports/profile-repository.ts';
import { profileContentShape, profileSchema, type Profile, type ProfileContent } from '../../applicants/domain/profile/profile-schema.ts';
import { withoutAttributes } from './conditional-check.ts';
import { ENTITY, KEY_ATTRIBUTES, profileKey } from '../../platform/keys/keys.ts';
import { parseStored } from './parse-stored.ts';
import { saveWholeDocument } from './save-whole-document.ts';

const CONTENT_FIELDS = Object.keys(profileContentShape);

export const toProfile = (item: Record<string, unknown>): Profile => parseStored(profileSchema, withoutAttributes(item, KEY_ATTRIBUTES));

export class DynamoDbProfileRepository implements ProfileRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(applicantId: string): Promise<Profile | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: profileKey(applicantId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toProfile(Item);
  }

  /** The whole profile at the version read (save-whole-document.ts). */
  async save(applicantId: string, content: ProfileContent, expectedVersion: number, at: string): Promise<ProfileSaveOutcome> {
    const outcome = await saveWholeDocument(this.#client, this.#tableName, {
      key: profileKey(applicantId),
      fields: CONTENT_FIELDS,
      document: content,
      fixed: { applicantId, entity: ENTITY.profile },
      expectedVersion,
      at,
    });
    return outcome.saved ? { saved: true, profile: toProfile(outcome.item) } : outcome;
  }
}
