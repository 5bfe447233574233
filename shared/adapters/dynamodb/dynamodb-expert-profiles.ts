import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, expertProfileKey } from '../../platform/keys/keys.ts';
import {
  expertProfileContentSchema,
  expertProfileSchema,
  type ExpertProfile,
  type ExpertProfileContent,
} from '../../reviews/expert-profile-schema.ts';
import type { ExpertProfiles, ExpertProfileSaveOutcome } from '../../reviews/ports/expert-profiles.ts';
import { batchGetAll } from './batch-get.ts';
import { parseStoredItem } from './parse-stored.ts';
import { saveWholeDocument } from './save-whole-document.ts';

const CONTENT_FIELDS = Object.keys(expertProfileContentSchema.shape);

const toExpertProfile = (item: Record<string, unknown>): ExpertProfile => parseStoredItem(expertProfileSchema, item);

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

  /** The whole profile at the version read (save-whole-document.ts); the address comes from the sign-in, beside it. */
  async save(
    expertId: string,
    content: ExpertProfileContent,
    expectedVersion: number,
    at: string,
    email?: string | undefined,
  ): Promise<ExpertProfileSaveOutcome> {
    const outcome = await saveWholeDocument(this.#client, this.#tableName, {
      key: expertProfileKey(expertId),
      fields: [...CONTENT_FIELDS, 'email'],
      document: { ...content, email },
      fixed: { expertId, entity: ENTITY.expertProfile },
      expectedVersion,
      at,
    });
    return outcome.saved ? { saved: true, profile: toExpertProfile(outcome.item) } : outcome;
  }
}
