import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { courseCatalogueSchema, type CourseCatalogue } from '../../education/course-catalogue-schema.ts';
import type { CatalogueSaveOutcome, CourseCatalogueRepository } from '../../education/ports/course-catalogue-repository.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { ENTITY, KEY_ATTRIBUTES, courseCatalogueKey } from '../../platform/keys/keys.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { parseStored } from './parse-stored.ts';

const toCatalogue = (item: Record<string, unknown>): CourseCatalogue =>
  parseStored(courseCatalogueSchema, withoutAttributes(item, KEY_ATTRIBUTES));

/** The stored version carried by a refused write (ReturnValuesOnConditionCheckFailure), in wire format. */
const versionOf = (item: Record<string, { N?: string } | undefined> | undefined): number => Number(item?.['version']?.N ?? 0);

/** The stored item of a catalogue (exported for seeds that write in bulk). */
export const courseCatalogueItem = (catalogue: CourseCatalogue): Record<string, unknown> => ({
  ...courseCatalogueKey(catalogue.seasonId),
  entity: ENTITY.courseCatalogue,
  ...catalogue,
});

/** A season's course catalogue: one item, replaced whole under an optimistic version. */
export class DynamoDbEducationCatalogue implements CourseCatalogueRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(seasonId: string): Promise<CourseCatalogue | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: courseCatalogueKey(seasonId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toCatalogue(Item);
  }

  async save(catalogue: CourseCatalogue): Promise<CatalogueSaveOutcome> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: courseCatalogueItem(catalogue),
          ConditionExpression: catalogue.version === 1 ? ITEM_ABSENT : '#version = :expected',
          ...(catalogue.version === 1
            ? {}
            : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': catalogue.version - 1 } }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { saved: true };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { saved: false, currentVersion: versionOf(error.Item) };
      throw error;
    }
  }
}
