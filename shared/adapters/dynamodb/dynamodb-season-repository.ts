import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IndexName } from '../../platform/data/table-definition.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { SeasonRepository, StatusChange, StatusChangeRequest } from '../../catalogue/ports/season-repository.ts';
import { seasonAlreadyExists } from '../../catalogue/programme-errors.ts';
import { seasonSchema, type Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import {
  APPLICATION_SHARDS,
  ENTITY,
  KEY_ATTRIBUTES,
  OPEN_SEASONS_PARTITION,
  programmeSeasonsPartition,
  seasonKey,
  seasonKeys,
} from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { initialShardStateItem } from './dynamodb-season-counts-writes.ts';
import { parseStored } from './parse-stored.ts';

const toSeason = (item: Record<string, unknown>): Season => parseStored(seasonSchema, withoutAttributes(item, KEY_ATTRIBUTES));

export class DynamoDbSeasonRepository implements SeasonRepository {
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

  /**
   * The season and its counters' STATE (generation 0 in every shard) in one transaction, so a
   * season's applications are counted from the first one; a season without them reads `not-built`.
   */
  async create(season: Season): Promise<void> {
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: putOnce(this.#tableName, { ...seasonKeys(season), entity: ENTITY.season, ...season }) },
            ...Array.from({ length: APPLICATION_SHARDS }, (_, shard) => ({
              Put: putOnce(this.#tableName, initialShardStateItem(season.id, shard)),
            })),
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)?.[0]?.code === 'ConditionalCheckFailed') throw seasonAlreadyExists(season.id);
      throw error;
    }
  }

  async find(seasonId: string): Promise<Season | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: seasonKey(seasonId), ConsistentRead: this.#consistentFind }),
    );
    return Item === undefined ? undefined : toSeason(Item);
  }

  /**
   * One conditional UpdateItem: the status moves only from an allowed status, the version grows,
   * and the season joins (open) or leaves (any other status) the sparse open-seasons index in the
   * same write, so the index can never disagree with the status.
   */
  async changeStatus(request: StatusChangeRequest): Promise<StatusChange> {
    const from = Object.fromEntries(request.from.map((status, index) => [`:from${index}`, status]));
    const set = ['#status = :to', 'updatedAt = :at', '#version = #version + :one'];
    if (request.countOpeningAttempt === true) set.push('openingAttempts = openingAttempts + :one');
    const joinsOpenIndex = request.to === 'open';
    if (joinsOpenIndex) set.push('openedAt = if_not_exists(openedAt, :at)', 'gsi2pk = :openPartition', 'gsi2sk = openIndexSortKey');
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: seasonKey(request.seasonId),
          UpdateExpression: `SET ${set.join(', ')}${joinsOpenIndex ? '' : ' REMOVE gsi2pk, gsi2sk'}`,
          ConditionExpression: `attribute_exists(pk) AND #status IN (${Object.keys(from).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: {
            ...from,
            ':to': request.to,
            ':at': request.at,
            ':one': 1,
            ...(joinsOpenIndex ? { ':openPartition': OPEN_SEASONS_PARTITION } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      if (Attributes === undefined) throw new Error('UpdateItem with ALL_NEW returned no attributes');
      return { outcome: 'changed', season: toSeason(Attributes) };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const current = await this.find(request.seasonId);
      return current === undefined ? { outcome: 'missing' } : { outcome: 'refused', season: current };
    }
  }

  listOpen(page: PageRequest): Promise<Page<Season>> {
    return this.#query('gsi2', { gsi2pk: OPEN_SEASONS_PARTITION }, page);
  }

  listByProgramme(programmeId: string, page: PageRequest): Promise<Page<Season>> {
    return this.#query('gsi1', { gsi1pk: programmeSeasonsPartition(programmeId) }, page);
  }

  async #query(index: IndexName, partition: Record<string, string>, page: PageRequest): Promise<Page<Season>> {
    const [[name, value]] = Object.entries(partition) as [[string, string]];
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: index,
        KeyConditionExpression: '#partition = :partition',
        ExpressionAttributeNames: { '#partition': name },
        ExpressionAttributeValues: { ':partition': value },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index, partition }),
      }),
    );
    return { items: Items.map(toSeason), nextCursor: encodeCursor(LastEvaluatedKey) };
  }
}
