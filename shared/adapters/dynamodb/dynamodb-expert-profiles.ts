import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, expertProfileKey, KEY_ATTRIBUTES } from '../../platform/keys/keys.ts';
import {
  expertProfileContentSchema,
  expertProfileSchema,
  type ExpertProfile,
  type ExpertProfileContent,
} from '../../reviews/expert-profile-schema.ts';
import type { ExpertProfiles, ExpertProfileSaveOutcome } from '../../reviews/ports/expert-profiles.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { parseStored } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';

const CONTENT_FIELDS = Object.keys(expertProfileContentSchema.shape);

const toExpertProfile = (item: Record<string, unknown>): ExpertProfile =>
  parseStored(expertProfileSchema, withoutAttributes(item, [...KEY_ATTRIBUTES, 'entity']));

/** The stored version carried by a refused write (ReturnValuesOnConditionCheckFailure), in wire format. */
const versionOf = (item: Record<string, { N?: string } | undefined> | undefined): number => Number(item?.['version']?.N ?? 0);

/** One item per expert in the expert's own partition, beside their pool places. */
export class DynamoDbExpertProfiles implements ExpertProfiles {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(expertId: string): Promise<ExpertProfile | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: expertProfileKey(expertId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toExpertProfile(Item);
  }

  async findMany(expertIds: readonly string[]): Promise<ReadonlyMap<string, ExpertProfile>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(expertIds)].map((id) => ({ ...expertProfileKey(id) })),
    );
    return new Map(items.map(toExpertProfile).map((profile) => [profile.expertId, profile]));
  }

  /** One UpdateItem whether creating or replacing, as the applicants' profiles: `createdAt` kept without a read, a refusal names the current version. */
  async save(
    expertId: string,
    content: ExpertProfileContent,
    expectedVersion: number,
    at: string,
    email?: string | undefined,
  ): Promise<ExpertProfileSaveOutcome> {
    const stored: Record<string, unknown> = { ...content, ...(email === undefined ? {} : { email }) };
    const fields = [...CONTENT_FIELDS, 'email'];
    const present = fields.filter((field) => stored[field] !== undefined);
    const absent = fields.filter((field) => !present.includes(field));
    const names = Object.fromEntries(
      [...fields, 'version', 'createdAt', 'updatedAt', 'expertId', 'entity'].map((name) => [`#${name}`, name]),
    );
    const values: Record<string, unknown> = {
      ...Object.fromEntries(present.map((field) => [`:${field}`, stored[field]])),
      ':next': expectedVersion + 1,
      ':at': at,
      ':expertId': expertId,
      ':entity': ENTITY.expertProfile,
      ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion }),
    };
    const set = [
      ...present.map((field) => `#${field} = :${field}`),
      '#version = :next',
      '#updatedAt = :at',
      '#createdAt = if_not_exists(#createdAt, :at)',
      '#expertId = :expertId',
      '#entity = :entity',
    ];
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: expertProfileKey(expertId),
          UpdateExpression: `SET ${set.join(', ')}${absent.length === 0 ? '' : ` REMOVE ${absent.map((field) => `#${field}`).join(', ')}`}`,
          ConditionExpression: expectedVersion === 0 ? ITEM_ABSENT : '#version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (Attributes === undefined) throw new Error('UpdateItem returned no attributes');
      return { saved: true, profile: toExpertProfile(Attributes) };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { saved: false, currentVersion: versionOf(error.Item) };
      throw error;
    }
  }
}
