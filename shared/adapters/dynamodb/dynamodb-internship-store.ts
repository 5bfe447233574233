import { PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { candidateRankingSchema, type CandidateRanking } from '../../internships/candidate-ranking-schema.ts';
import { internshipOfferSchema, type CountedOffer, type InternshipOffer } from '../../internships/internship-offer-schema.ts';
import {
  internshipChoiceSchema,
  internshipPreferencesSchema,
  type InternshipChoice,
  type InternshipPreferences,
} from '../../internships/internship-preferences-schema.ts';
import type {
  OfferListFilter,
  OfferWriteOutcome,
  InternshipStore,
  PreferencesWriteOutcome,
  VersionedWriteOutcome,
} from '../../internships/ports/internship-store.ts';
import type { InternshipMatchingInput, MatchingProposer, MatchingReceiver } from '../../internships/ports/matching-input.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import {
  ENTITY,
  applicationKey,
  internshipCandidatesPartition,
  internshipChoiceKey,
  internshipChoiceKeys,
  internshipHostOffersPartition,
  internshipOfferKey,
  internshipOfferKeys,
  internshipOfferListPartition,
  internshipOfferListPrefix,
  internshipPreferencesKey,
  internshipPreferencesKeys,
  internshipPreferencesShardPartition,
  internshipRankingKey,
} from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { OFFER_SEAT_COUNTERS } from './dynamodb-placements.ts';
import { consistentGet } from './consistent-get.ts';
import { gsi1PartitionPage } from './gsi1-partition-page.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { transactWrite } from './transact-write.ts';

/** A number attribute of an item as read, or as a refused condition returned it (the SDK may leave that in its wire form). */
const numberOf = (item: Record<string, unknown> | undefined, name: string): number => {
  const value = item?.[name];
  if (typeof value === 'number') return value;
  const wire = (value as { N?: unknown } | undefined)?.N;
  return typeof wire === 'string' ? Number(wire) : 0;
};

// The seat counters placements keep on the offer's item (dynamodb-placements.ts) are not the offer's own content: read beside it.
const toOffer = (item: Record<string, unknown>): CountedOffer => ({
  ...parseStoredItem(internshipOfferSchema, withoutAttributes(item, OFFER_SEAT_COUNTERS)),
  held: numberOf(item, 'held'),
  accepted: numberOf(item, 'accepted'),
});
const toRanking = (item: Record<string, unknown>): CandidateRanking => parseStoredItem(candidateRankingSchema, item);
const toPreferences = (item: Record<string, unknown>): InternshipPreferences => parseStoredItem(internshipPreferencesSchema, item);
const toChoice = (item: Record<string, unknown>): InternshipChoice => parseStoredItem(internshipChoiceSchema, item);

const versionOf = (item: Record<string, unknown> | undefined): number => numberOf(item, 'version');

/** An offer's optional attributes: a replacement without one removes what an earlier version stored. */
const OPTIONAL_OFFER_FIELDS = ['region', 'city', 'tracks', 'contact', 'statusReason', 'statusBy', 'statusAt'] as const;

/**
 * The offer's attributes as one UpdateItem: set what it has, remove what it lost. An update rather
 * than a Put, so attributes other capabilities keep on the offer item (a placement count) survive
 * an edit.
 */
const offerUpdate = (offer: InternshipOffer) => {
  const { pk: _pk, sk: _sk, ...attributes } = { ...internshipOfferKeys(offer), entity: ENTITY.internshipOffer, ...offer };
  // Only placements move the seat counters, in their own transactions: a record read with them never writes them back.
  const names = Object.keys(attributes).filter((name) => !(OFFER_SEAT_COUNTERS as readonly string[]).includes(name));
  const absent = OPTIONAL_OFFER_FIELDS.filter((field) => offer[field] === undefined);
  return {
    expression: `SET ${names.map((_name, index) => `#a${index} = :a${index}`).join(', ')}${
      absent.length === 0 ? '' : ` REMOVE ${absent.map((_field, index) => `#r${index}`).join(', ')}`
    }`,
    names: {
      ...Object.fromEntries(names.map((name, index) => [`#a${index}`, name])),
      ...Object.fromEntries(absent.map((field, index) => [`#r${index}`, field])),
    },
    values: Object.fromEntries(names.map((name, index) => [`:a${index}`, attributes[name as keyof typeof attributes]])),
  };
};

/**
 * Offers have a partition each, with their host's ranking beside them; they are listed per season
 * (gsi1) and per host (gsi2) by status, level, region. Preferences and choices live in the
 * application's partition; the choices are indexed on their offer's candidate pool, the
 * preferences per stage over the applications' shards (keys.ts). A preferences save is one
 * transaction: the preferences at the version read, the application still in the stage, a Put per
 * choice (with its rank) and a Delete per choice dropped.
 */
export class DynamoDbInternshipStore implements InternshipStore, InternshipMatchingInput {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  findOffer(seasonId: string, offerId: string): Promise<CountedOffer | undefined> {
    return consistentGet(this.#client, this.#tableName, internshipOfferKey(seasonId, offerId), toOffer);
  }

  async findOffers(seasonId: string, offerIds: readonly string[]): Promise<ReadonlyMap<string, CountedOffer>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(offerIds)].map((offerId) => ({ ...internshipOfferKey(seasonId, offerId) })),
    );
    return new Map(items.map(toOffer).map((offer) => [offer.id, offer]));
  }

  /**
   * A replacement is conditional on the version read and on the seats: raised, kept, or lowered no
   * further than the seats placements hold (`held`, which counts the accepted ones too). The
   * refused item says which condition failed.
   */
  async saveOffer(offer: InternshipOffer, expectedVersion: number): Promise<OfferWriteOutcome> {
    const update = offerUpdate(offer);
    const replacing = expectedVersion !== 0;
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: internshipOfferKey(offer.seasonId, offer.id),
          UpdateExpression: update.expression,
          ConditionExpression: replacing
            ? '#version = :expected AND (attribute_not_exists(#held) OR #held <= :seatsAsked OR #seatsNow <= :seatsAsked)'
            : ITEM_ABSENT,
          ExpressionAttributeNames: {
            ...update.names,
            ...(replacing ? { '#version': 'version', '#held': 'held', '#seatsNow': 'seats' } : {}),
          },
          ExpressionAttributeValues: {
            ...update.values,
            ...(replacing ? { ':expected': expectedVersion, ':seatsAsked': offer.seats } : {}),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { written: true, record: toOffer(Attributes ?? {}) };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const current = error.Item;
      if (current === undefined || versionOf(current) !== expectedVersion)
        return { written: false, reason: 'version-conflict', currentVersion: versionOf(current) };
      return { written: false, reason: 'seats-below-taken', held: numberOf(current, 'held'), accepted: numberOf(current, 'accepted') };
    }
  }

  /**
   * The leading filters among status, level, region make the sort-key prefix; the rest, and the
   * track, filter the page. A host's offers come from its own index partition.
   */
  async offers(seasonId: string, filter: OfferListFilter, page: PageRequest): Promise<Page<CountedOffer>> {
    const ordered = [filter.status, filter.level, filter.region];
    const cut = ordered.indexOf(undefined);
    const leading = (cut < 0 ? ordered : ordered.slice(0, cut)) as string[];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const conditions: string[] = [];
    const rest = { status: filter.status, level: filter.level, region: filter.region };
    (Object.keys(rest) as (keyof typeof rest)[]).forEach((name, index) => {
      const value = rest[name];
      if (value === undefined || index < leading.length) return;
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      conditions.push(`#${name} = :${name}`);
    });
    if (filter.openToTrack !== undefined) {
      names['#tracks'] = 'tracks';
      if (filter.openToTrack === null) conditions.push('attribute_not_exists(#tracks)');
      else {
        values[':track'] = filter.openToTrack;
        conditions.push('(attribute_not_exists(#tracks) OR contains(#tracks, :track))');
      }
    }
    const index = filter.host === undefined ? 'gsi1' : 'gsi2';
    const partition =
      filter.host === undefined ? internshipOfferListPartition(seasonId) : internshipHostOffersPartition(seasonId, filter.host);
    const prefix = internshipOfferListPrefix(leading);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: index,
        KeyConditionExpression: prefix === '' ? `${index}pk = :pk` : `${index}pk = :pk AND begins_with(${index}sk, :prefix)`,
        ...(conditions.length === 0 ? {} : { FilterExpression: conditions.join(' AND '), ExpressionAttributeNames: names }),
        ExpressionAttributeValues: { ':pk': partition, ...(prefix === '' ? {} : { ':prefix': prefix }), ...values },
        Limit: page.limit,
        ExclusiveStartKey: offerListStart(page.cursor, index, partition, prefix),
      }),
    );
    return { items: Items.map(toOffer), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async findOfferWithRanking(
    seasonId: string,
    offerId: string,
  ): Promise<{ readonly offer: CountedOffer; readonly ranking: CandidateRanking | undefined } | undefined> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': internshipOfferKey(seasonId, offerId).pk },
        ConsistentRead: true,
      }),
    );
    const offer = Items.find((item) => item['entity'] === ENTITY.internshipOffer);
    const ranking = Items.find((item) => item['entity'] === ENTITY.internshipRanking);
    return offer === undefined ? undefined : { offer: toOffer(offer), ranking: ranking === undefined ? undefined : toRanking(ranking) };
  }

  async saveRanking(ranking: CandidateRanking, expectedVersion: number): Promise<VersionedWriteOutcome<CandidateRanking>> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...internshipRankingKey(ranking.seasonId, ranking.offerId), entity: ENTITY.internshipRanking, ...ranking },
          ConditionExpression: expectedVersion === 0 ? ITEM_ABSENT : '#version = :expected',
          ...(expectedVersion === 0
            ? {}
            : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { written: true, record: ranking };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return { written: false, currentVersion: versionOf(error.Item) };
    }
  }

  findPreferences(applicationId: string, stage: string): Promise<InternshipPreferences | undefined> {
    return consistentGet(this.#client, this.#tableName, internshipPreferencesKey(applicationId, stage), toPreferences);
  }

  async savePreferences(
    preferences: InternshipPreferences,
    expectedVersion: number,
    previousChoices: readonly string[],
  ): Promise<PreferencesWriteOutcome> {
    const { applicationId, seasonId, stage } = preferences;
    const dropped = previousChoices.filter((offerId) => !preferences.choices.includes(offerId));
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: { ...internshipPreferencesKeys(preferences), entity: ENTITY.internshipPreferences, ...preferences },
                ConditionExpression: expectedVersion === 0 ? ITEM_ABSENT : '#version = :expected',
                ...(expectedVersion === 0
                  ? {}
                  : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
              },
            },
            {
              ConditionCheck: {
                TableName: this.#tableName,
                Key: applicationKey(applicationId),
                ConditionExpression: '#stage = :stage',
                ExpressionAttributeNames: { '#stage': 'stage' },
                ExpressionAttributeValues: { ':stage': stage },
              },
            },
            ...preferences.choices.map((offerId, index) => ({
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...internshipChoiceKeys({ applicationId, seasonId, stage, offerId }),
                  entity: ENTITY.internshipChoice,
                  applicationId,
                  seasonId,
                  stage,
                  offerId,
                  rank: index + 1,
                },
              },
            })),
            ...dropped.map((offerId) => ({
              Delete: { TableName: this.#tableName, Key: internshipChoiceKey(applicationId, stage, offerId) },
            })),
          ],
        }),
      );
      return { written: true, preferences };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      if (reasons[1]?.code === 'ConditionalCheckFailed') return { written: false, reason: 'stage-changed' };
      // Refused on the version, or still contended after every retry by another save of the same preferences.
      if (reasons[0]?.code === 'ConditionalCheckFailed' || reasons.some((reason) => reason.code === 'TransactionConflict')) {
        const current = await this.findPreferences(applicationId, stage);
        return { written: false, reason: 'version-conflict', currentVersion: current?.version ?? 0 };
      }
      throw error;
    }
  }

  candidates(seasonId: string, offerId: string, page: PageRequest): Promise<Page<InternshipChoice>> {
    return gsi1PartitionPage(this.#client, this.#tableName, internshipCandidatesPartition(seasonId, offerId), page, toChoice);
  }

  async candidateIds(seasonId: string, offerId: string): Promise<ReadonlySet<string>> {
    const ids = new Set<string>();
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': internshipCandidatesPartition(seasonId, offerId) },
          ProjectionExpression: 'applicationId',
          ExclusiveStartKey: start,
        }),
      );
      for (const item of Items) if (typeof item['applicationId'] === 'string') ids.add(item['applicationId']);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return ids;
  }

  /** A page of a level's approved offers, then their rankings in one BatchGet. */
  async receivers(seasonId: string, level: string, page: PageRequest): Promise<Page<MatchingReceiver>> {
    const offers = await this.offers(seasonId, { status: 'approved', level }, page);
    const rankings = new Map(
      (
        await batchGetAll(
          this.#client,
          this.#tableName,
          offers.items.map((offer) => ({ ...internshipRankingKey(seasonId, offer.id) })),
        )
      )
        .map(toRanking)
        .map((ranking) => [ranking.offerId, ranking]),
    );
    return {
      items: offers.items.map((offer) => {
        const ranking = rankings.get(offer.id);
        return { id: offer.id, capacity: offer.seats, ranking: ranking?.ranking ?? [], acceptsUnranked: ranking?.acceptsUnranked ?? false };
      }),
      nextCursor: offers.nextCursor,
    };
  }

  proposers(seasonId: string, stage: string, shard: number, page: PageRequest): Promise<Page<MatchingProposer>> {
    return gsi1PartitionPage(this.#client, this.#tableName, internshipPreferencesShardPartition(seasonId, stage, shard), page, (item) => {
      const preferences = toPreferences(item);
      return { id: preferences.applicationId, choices: preferences.choices };
    });
  }
}

/**
 * A list cursor back as the Query's start, refused (400) unless it is a key of this very list: an
 * offer's item, in the partition, under the prefix. A key outside the Query's range would be
 * DynamoDB's validation error, a 500.
 */
const offerListStart = (cursor: string | undefined, index: 'gsi1' | 'gsi2', partition: string, prefix: string) => {
  const key = decodeCursor(cursor, { index, partition: { [`${index}pk`]: partition } });
  if (key === undefined) return undefined;
  if (key['sk'] !== 'OFFER' || !key['pk']?.startsWith('INTERNSHIP_OFFER#') || !key[`${index}sk`]?.startsWith(prefix)) throw invalidCursor();
  return key;
};
