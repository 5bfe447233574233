import { readEveryPage } from '../../platform/paging/read-every-page.ts';
import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { ENTITY, expertPoolMemberKey, expertPoolMemberKeys, expertPoolPartition } from '../../platform/keys/keys.ts';
import { poolMemberSchema, type PoolMember } from '../../reviews/expert-pool-schema.ts';
import type { ExpertPool, PoolMemberPlacement, PoolPlacementOutcome, PoolRemovalOutcome } from '../../reviews/ports/expert-pool.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';
import { gsi1PartitionPage } from './gsi1-partition-page.ts';
import { parseStoredItem } from './parse-stored.ts';

const toPoolMember = (item: Record<string, unknown>): PoolMember => parseStoredItem(poolMemberSchema, item);

/** Written on every placement: what staff decide and the profile facts the pool lists. */
const SET_ALWAYS = [
  'gsi1pk',
  'gsi1sk',
  'entity',
  'seasonId',
  'expertId',
  'displayName',
  'competences',
  'languages',
  'capacity',
  'updatedAt',
];
/** Written when the expert joins and never again here: the counters belong to assignments and reviews. */
const SET_ONCE = ['load', 'submitted', 'assignedByRubric', 'submittedByRubric', 'addedBy', 'addedAt'];

const numberOf = (item: Record<string, { N?: string } | undefined> | undefined, name: string): number => Number(item?.[name]?.N ?? 0);

/** One item per (expert, season) in the expert's partition, listed per season through gsi1 (keys.ts). */
export class DynamoDbExpertPool implements ExpertPool {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  find(seasonId: string, expertId: string): Promise<PoolMember | undefined> {
    return consistentGet(this.#client, this.#tableName, expertPoolMemberKey(seasonId, expertId), toPoolMember);
  }

  /**
   * One conditional UpdateItem: the counters start at 0 on creation and are never written here
   * after, so a placement racing an assignment cannot lose the assignment's increment; the
   * condition holds the capacity at or above the load as stored at that instant.
   */
  async place(placement: PoolMemberPlacement): Promise<PoolPlacementOutcome> {
    const { pk, sk, gsi1pk, gsi1sk } = expertPoolMemberKeys(placement.seasonId, placement.expertId);
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: { pk, sk },
          // Every attribute through a name: several (capacity, languages, load) are DynamoDB reserved words.
          UpdateExpression: `SET ${SET_ALWAYS.map((name) => `#${name} = :${name}`).join(', ')}, ${SET_ONCE.map(
            (name) => `#${name} = if_not_exists(#${name}, :${name})`,
          ).join(', ')}`,
          ConditionExpression: 'attribute_not_exists(pk) OR #load <= :capacity',
          ExpressionAttributeNames: Object.fromEntries([...SET_ALWAYS, ...SET_ONCE].map((name) => [`#${name}`, name])),
          ExpressionAttributeValues: {
            ':gsi1pk': gsi1pk,
            ':gsi1sk': gsi1sk,
            ':entity': ENTITY.expertPoolMember,
            ':seasonId': placement.seasonId,
            ':expertId': placement.expertId,
            ':displayName': placement.displayName,
            ':competences': placement.competences,
            ':languages': placement.languages,
            ':capacity': placement.capacity,
            ':updatedAt': placement.at,
            ':load': 0,
            ':submitted': 0,
            ':assignedByRubric': {},
            ':submittedByRubric': {},
            ':addedBy': placement.by,
            ':addedAt': placement.at,
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (Attributes === undefined) throw new Error('UpdateItem returned no attributes');
      return { placed: true, member: toPoolMember(Attributes) };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { placed: false, load: numberOf(error.Item, 'load') };
      throw error;
    }
  }

  async remove(seasonId: string, expertId: string): Promise<PoolRemovalOutcome> {
    try {
      const { Attributes } = await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: expertPoolMemberKey(seasonId, expertId),
          ConditionExpression: 'attribute_not_exists(pk) OR #load = submitted',
          ExpressionAttributeNames: { '#load': 'load' },
          ReturnValues: 'ALL_OLD',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return Attributes === undefined ? 'absent' : 'removed';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { openReviews: numberOf(error.Item, 'load') - numberOf(error.Item, 'submitted') };
      throw error;
    }
  }

  all(seasonId: string): Promise<readonly PoolMember[]> {
    return readEveryPage((page) => this.list(seasonId, page), 100);
  }

  list(seasonId: string, page: PageRequest): Promise<Page<PoolMember>> {
    return gsi1PartitionPage(this.#client, this.#tableName, expertPoolPartition(seasonId), page, toPoolMember);
  }
}
