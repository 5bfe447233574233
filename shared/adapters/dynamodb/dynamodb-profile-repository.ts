import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProfileRepository, ProfileSaveOutcome } from '../../applicants/ports/profile-repository.ts';
import { profileContentShape, profileSchema, type Profile, type ProfileContent } from '../../applicants/domain/profile/profile-schema.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { ENTITY, KEY_ATTRIBUTES, profileKey } from '../../platform/keys/keys.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { parseStored } from './parse-stored.ts';

const CONTENT_FIELDS = Object.keys(profileContentShape);

export const toProfile = (item: Record<string, unknown>): Profile => parseStored(profileSchema, withoutAttributes(item, KEY_ATTRIBUTES));

/** The stored version carried by a refused write (ReturnValuesOnConditionCheckFailure), in wire format. */
const versionOf = (item: Record<string, { N?: string } | undefined> | undefined): number => Number(item?.['version']?.N ?? 0);

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

  /**
   * One UpdateItem whether creating or replacing: it keeps `createdAt` without reading it first,
   * and a refused condition returns the stored item, so a 409 names the current version without a
   * second request.
   */
  async save(applicantId: string, content: ProfileContent, expectedVersion: number, at: string): Promise<ProfileSaveOutcome> {
    const present = CONTENT_FIELDS.filter((field) => content[field as keyof ProfileContent] !== undefined);
    const absent = CONTENT_FIELDS.filter((field) => !present.includes(field));
    const names = Object.fromEntries(
      [...CONTENT_FIELDS, 'version', 'createdAt', 'updatedAt', 'applicantId', 'entity'].map((name) => [`#${name}`, name]),
    );
    const values: Record<string, unknown> = {
      ...Object.fromEntries(present.map((field) => [`:${field}`, content[field as keyof ProfileContent]])),
      ':next': expectedVersion + 1,
      ':at': at,
      ':applicantId': applicantId,
      ':entity': ENTITY.profile,
      ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion }),
    };
    const set = [
      ...present.map((field) => `#${field} = :${field}`),
      '#version = :next',
      '#updatedAt = :at',
      '#createdAt = if_not_exists(#createdAt, :at)',
      '#applicantId = :applicantId',
      '#entity = :entity',
    ];
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: profileKey(applicantId),
          UpdateExpression: `SET ${set.join(', ')}${absent.length === 0 ? '' : ` REMOVE ${absent.map((field) => `#${field}`).join(', ')}`}`,
          ConditionExpression: expectedVersion === 0 ? ITEM_ABSENT : '#version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (Attributes === undefined) throw new Error('UpdateItem returned no attributes');
      return { saved: true, profile: toProfile(Attributes) };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { saved: false, currentVersion: versionOf(error.Item) };
      throw error;
    }
  }
}
