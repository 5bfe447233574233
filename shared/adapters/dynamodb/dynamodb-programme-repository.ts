import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import {
  programmeSchema,
  toProgrammeSummary,
  type Programme,
  type ProgrammeSummary,
} from '../../catalogue/domain/config/programme-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import { programmeAlreadyExists } from '../../catalogue/programme-errors.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { ENTITY, KEY_ATTRIBUTES, PROGRAMME_LIST_PARTITION, programmeKeys } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';
import { parseStored } from './parse-stored.ts';

const toProgramme = (item: Record<string, unknown>): Programme => parseStored(programmeSchema, withoutAttributes(item, KEY_ATTRIBUTES));

export class DynamoDbProgrammeRepository implements ProgrammeRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #consistentFind: boolean;

  /**
   * `consistentFind: false` makes `find` an eventually consistent read (half the RCU), for callers
   * that cache what they read anyway (the applications and documents capabilities' catalogue
   * cache); the programmes capability, which edits the catalogue, keeps the default.
   */
  constructor(client: DynamoDBDocumentClient, tableName: string, options: { readonly consistentFind?: boolean } = {}) {
    this.#client = client;
    this.#tableName = tableName;
    this.#consistentFind = options.consistentFind ?? true;
  }

  async create(programme: Programme): Promise<void> {
    try {
      await this.#client.send(
        new PutCommand(putOnce(this.#tableName, { ...programmeKeys(programme.id), entity: ENTITY.programme, ...programme })),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw programmeAlreadyExists(programme.id);
      throw error;
    }
  }

  async find(programmeId: string): Promise<Programme | undefined> {
    const { pk, sk } = programmeKeys(programmeId);
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: { pk, sk }, ConsistentRead: this.#consistentFind }),
    );
    return Item === undefined ? undefined : toProgramme(Item);
  }

  async replace(programme: Programme): Promise<void> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...programmeKeys(programme.id), entity: ENTITY.programme, ...programme },
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': programme.version - 1 },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // The refusal is rare; one read to tell the caller which version to re-read is cheap.
      const current = await this.find(programme.id);
      throw current === undefined ? notFound('programme') : versionConflict(current.version);
    }
  }

  async list(page: PageRequest): Promise<Page<ProgrammeSummary>> {
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': PROGRAMME_LIST_PARTITION },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: PROGRAMME_LIST_PARTITION } }),
      }),
    );
    return { items: Items.map((item) => toProgrammeSummary(toProgramme(item))), nextCursor: encodeCursor(LastEvaluatedKey) };
  }
}
