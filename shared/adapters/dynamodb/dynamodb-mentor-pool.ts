import { readEveryPage } from '../../platform/paging/read-every-page.ts';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mentorPoolMemberSchema, type MentorPoolMember, type MentorTier } from '../../mentoring/mentor-pool-schema.ts';
import type {
  MentorPlacement,
  MentorPlacementOutcome,
  MentorPool,
  MentorRemovalOutcome,
  TierCounts,
} from '../../mentoring/ports/mentor-pool.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { ENTITY, mentorPoolMemberKey, mentorPoolMemberKeys, mentorPoolPartition, mentorPoolTiersKey } from '../../platform/keys/keys.ts';
import { consistentGet } from './consistent-get.ts';
import { gsi1PartitionPage } from './gsi1-partition-page.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { transactWrite } from './transact-write.ts';

const toMember = (item: Record<string, unknown>): MentorPoolMember => parseStoredItem(mentorPoolMemberSchema, item);

/** A placement read its member, then the member changed before the write (another staff member placed them too): read again. */
const ATTEMPTS = 3;

/** Written on every placement: what staff decide and the profile facts matching reads. */
const SET_ALWAYS = [
  'gsi1pk',
  'gsi1sk',
  'entity',
  'seasonId',
  'mentorId',
  'tier',
  'capacity',
  'displayName',
  'spheres',
  'languages',
  'updatedAt',
] as const;
/** Written when the mentor joins and never again here: the load belongs to the pairs. */
const SET_ONCE = ['load', 'addedBy', 'addedAt'] as const;

const countOf = (item: Record<string, unknown> | undefined, name: string): number => {
  const value = item?.[name];
  return typeof value === 'number' ? value : 0;
};

/**
 * One item per (mentor, season) in the mentor's partition, listed per season through gsi1, and one
 * counter item per season holding how many each tier has. Entering a tier moves its counter in the
 * placement's own transaction, conditioned on the tier's size, so concurrent placements never put
 * more in a tier than the programme allows; leaving a tier (a move, a removal) moves it back.
 */
export class DynamoDbMentorPool implements MentorPool {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  find(seasonId: string, mentorId: string): Promise<MentorPoolMember | undefined> {
    return consistentGet(this.#client, this.#tableName, mentorPoolMemberKey(seasonId, mentorId), toMember);
  }

  async place(placement: MentorPlacement, sizes: TierCounts): Promise<MentorPlacementOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.find(placement.seasonId, placement.mentorId);
      if (current !== undefined && current.load > placement.capacity) return { placed: false, reason: 'below-load', load: current.load };
      const outcome = await this.#placeOver(placement, sizes, current);
      if (outcome !== 'changed') return outcome;
      if (attempt >= ATTEMPTS) return { placed: false, reason: 'busy' };
    }
  }

  async #placeOver(
    placement: MentorPlacement,
    sizes: TierCounts,
    current: MentorPoolMember | undefined,
  ): Promise<MentorPlacementOutcome | 'changed'> {
    const { pk, sk, gsi1pk, gsi1sk } = mentorPoolMemberKeys(placement.seasonId, placement.mentorId);
    const names = [...SET_ALWAYS, ...SET_ONCE, ...(placement.region === undefined ? [] : ['region'])];
    const member = {
      Update: {
        TableName: this.#tableName,
        Key: { pk, sk },
        UpdateExpression: `SET ${[...SET_ALWAYS, ...(placement.region === undefined ? [] : ['region'])].map((name) => `#${name} = :${name}`).join(', ')}, ${SET_ONCE.map(
          (name) => `#${name} = if_not_exists(#${name}, :${name})`,
        ).join(', ')}${placement.region === undefined ? ' REMOVE #region' : ''}`,
        // As read: a mentor placed meanwhile, moved to another tier or given pairs beyond the capacity is read again.
        ConditionExpression: current === undefined ? ITEM_ABSENT : '#tier = :previousTier AND #load <= :capacity',
        ExpressionAttributeNames: Object.fromEntries([...names, 'region'].map((name) => [`#${name}`, name])),
        ExpressionAttributeValues: {
          ':gsi1pk': gsi1pk,
          ':gsi1sk': gsi1sk,
          ':entity': ENTITY.mentorPoolMember,
          ':seasonId': placement.seasonId,
          ':mentorId': placement.mentorId,
          ':tier': placement.tier,
          ':capacity': placement.capacity,
          ':displayName': placement.displayName,
          ':spheres': placement.spheres,
          ':languages': placement.languages,
          ':updatedAt': placement.at,
          ':load': 0,
          ':addedBy': placement.by,
          ':addedAt': placement.at,
          ...(placement.region === undefined ? {} : { ':region': placement.region }),
          ...(current === undefined ? {} : { ':previousTier': current.tier }),
        },
      },
    };
    const entering = current?.tier !== placement.tier;
    const tiers = entering ? [this.#enterTier(placement.seasonId, placement.tier, sizes[placement.tier], current?.tier)] : [];
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({ TransactItems: [member, ...tiers] as TransactWriteCommand['input']['TransactItems'] }),
      );
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      if (reasons[0]?.code === 'ConditionalCheckFailed') return 'changed';
      if (reasons[1]?.code === 'ConditionalCheckFailed') return { placed: false, reason: 'tier-full', tier: placement.tier };
      if (reasons.some((reason) => reason.code === 'TransactionConflict')) return { placed: false, reason: 'busy' };
      throw error;
    }
    return {
      placed: true,
      member: {
        seasonId: placement.seasonId,
        mentorId: placement.mentorId,
        tier: placement.tier,
        displayName: placement.displayName,
        spheres: [...placement.spheres],
        languages: [...placement.languages],
        ...(placement.region === undefined ? {} : { region: placement.region }),
        capacity: placement.capacity,
        // As read before the write, which held it at or under the capacity.
        load: current?.load ?? 0,
        addedBy: current?.addedBy ?? placement.by,
        addedAt: current?.addedAt ?? placement.at,
        updatedAt: placement.at,
      },
    };
  }

  /** The tier's counter takes one more (under its size) and, on a move, the tier left gives one back. */
  #enterTier(seasonId: string, tier: MentorTier, size: number, leaving: MentorTier | undefined) {
    return {
      Update: {
        TableName: this.#tableName,
        Key: mentorPoolTiersKey(seasonId),
        UpdateExpression: `SET entity = :entity, seasonId = :seasonId ADD #entering :one${leaving === undefined ? '' : ', #leaving :minusOne'}`,
        ConditionExpression: 'attribute_not_exists(#entering) OR #entering < :size',
        ExpressionAttributeNames: { '#entering': tier, ...(leaving === undefined ? {} : { '#leaving': leaving }) },
        ExpressionAttributeValues: {
          ':entity': ENTITY.mentorPoolTiers,
          ':seasonId': seasonId,
          ':one': 1,
          ':size': size,
          ...(leaving === undefined ? {} : { ':minusOne': -1 }),
        },
      },
    };
  }

  async remove(seasonId: string, mentorId: string): Promise<MentorRemovalOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.find(seasonId, mentorId);
      if (current === undefined) return 'absent';
      if (current.load > 0) return { pairs: current.load };
      try {
        await transactWrite(
          this.#client,
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: this.#tableName,
                  Key: mentorPoolMemberKey(seasonId, mentorId),
                  ConditionExpression: '#tier = :tier AND #load = :zero',
                  ExpressionAttributeNames: { '#tier': 'tier', '#load': 'load' },
                  ExpressionAttributeValues: { ':tier': current.tier, ':zero': 0 },
                },
              },
              {
                Update: {
                  TableName: this.#tableName,
                  Key: mentorPoolTiersKey(seasonId),
                  UpdateExpression: 'ADD #tier :minusOne',
                  ConditionExpression: '#tier > :zero',
                  ExpressionAttributeNames: { '#tier': current.tier },
                  ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
                },
              },
            ],
          }),
        );
        return 'removed';
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons?.[0]?.code !== 'ConditionalCheckFailed' || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  async tiers(seasonId: string): Promise<TierCounts> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: mentorPoolTiersKey(seasonId), ConsistentRead: true }),
    );
    return { main: countOf(Item, 'main'), reserve: countOf(Item, 'reserve') };
  }

  all(seasonId: string): Promise<readonly MentorPoolMember[]> {
    return readEveryPage((page) => this.list(seasonId, page), 100);
  }

  list(seasonId: string, page: PageRequest): Promise<Page<MentorPoolMember>> {
    return gsi1PartitionPage(this.#client, this.#tableName, mentorPoolPartition(seasonId), page, toMember);
  }
}
