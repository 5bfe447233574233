import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, mentorProfileKey } from '../../platform/keys/keys.ts';
import {
  mentorProfileContentSchema,
  mentorProfileSchema,
  type MentorProfile,
  type MentorProfileContent,
} from '../../mentoring/mentor-profile-schema.ts';
import type { MentorProfileSaveOutcome, MentorProfiles } from '../../mentoring/ports/mentor-profiles.ts';
import { batchGetAll } from './batch-get.ts';
import { parseStoredItem } from './parse-stored.ts';
import { saveWholeDocument } from './save-whole-document.ts';

const CONTENT_FIELDS = Object.keys(mentorProfileContentSchema.shape);

const toMentorProfile = (item: Record<string, unknown>): MentorProfile => parseStoredItem(mentorProfileSchema, item);

/** One item per mentor in the mentor's own partition, beside their pool places. */
export class DynamoDbMentorProfiles implements MentorProfiles {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(mentorId: string): Promise<MentorProfile | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: mentorProfileKey(mentorId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toMentorProfile(Item);
  }

  async findMany(mentorIds: readonly string[]): Promise<ReadonlyMap<string, MentorProfile>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(mentorIds)].map((id) => ({ ...mentorProfileKey(id) })),
    );
    return new Map(items.map(toMentorProfile).map((profile) => [profile.mentorId, profile]));
  }

  /** The whole profile at the version read (save-whole-document.ts); the address comes from the sign-in, beside it. */
  async save(
    mentorId: string,
    content: MentorProfileContent,
    expectedVersion: number,
    at: string,
    email?: string | undefined,
  ): Promise<MentorProfileSaveOutcome> {
    const outcome = await saveWholeDocument(this.#client, this.#tableName, {
      key: mentorProfileKey(mentorId),
      fields: [...CONTENT_FIELDS, 'email'],
      document: { ...content, email },
      fixed: { mentorId, entity: ENTITY.mentorProfile },
      expectedVersion,
      at,
    });
    return outcome.saved ? { saved: true, profile: toMentorProfile(outcome.item) } : outcome;
  }
}
