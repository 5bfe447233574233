import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NotOfferedReason } from '../../internships/matching-run-schema.ts';
import { placementSchema, type Placement } from '../../internships/placement-schema.ts';
import type {
  InternshipKpiCounts,
  KpiCounter,
  PlacementFilter,
  PlacementStore,
  PlacementWriteOutcome,
} from '../../internships/ports/placement-store.ts';
import {
  applicationIdOfPartitionKey,
  applicationKey,
  AWAITING_ANSWER_PARTITION,
  awaitingAnswerBound,
  ENTITY,
  internshipKpiKey,
  internshipOfferKey,
  offerPlacementsPrefix,
  organisationPlacementsPartition,
  PLACEMENT_PREFIX,
  placementHoldKey,
  placementIndexKeys,
  placementKey,
  placementRefusalsKey,
  seasonPlacementsPartition,
} from '../../platform/keys/keys.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { QueuedMail } from '../../mail/ports/mail-queue.ts';
import { batchGetAll } from './batch-get.ts';
import { MAIN_MAIL_QUEUE, queuedMailPut } from './dynamodb-mail-items.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

/** The counters a placement moves on its offer's item: seats held by live placements, seats accepted. */
export const OFFER_SEAT_COUNTERS = ['held', 'accepted'] as const;

const toPlacement = (item: Record<string, unknown>): Placement => parseStoredItem(placementSchema, item);

/** Statuses that give the offer's held seat and the application's place in the stage back, and refuse the offer for later rounds. */
const RELEASING = new Set(['declined', 'expired']);

/**
 * Placements in their application's partition, listed per season and per host organisation by
 * offer (gsi2, gsi3), and while offered on the list of answer deadlines (gsi1); the seats they hold
 * as counters on their offer's item (`held`, `accepted`, against its `seats`); the season's
 * started and completed counters in one small item (keys.ts).
 */
export class DynamoDbPlacements implements PlacementStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  #item(placement: Placement): Record<string, unknown> {
    return {
      ...placementKey(placement.applicationId, placement.id),
      ...placementIndexKeys(placement),
      entity: ENTITY.placement,
      ...placement,
    };
  }

  async offer(placement: Placement): Promise<'offered' | 'exists' | NotOfferedReason> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.#tableName, Item: this.#item(placement), ConditionExpression: ITEM_ABSENT } },
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...placementHoldKey(placement.applicationId, placement.stage),
                  entity: ENTITY.placementHold,
                  placementId: placement.id,
                },
                ConditionExpression: ITEM_ABSENT,
              },
            },
            {
              Update: {
                TableName: this.#tableName,
                Key: internshipOfferKey(placement.seasonId, placement.offerId),
                UpdateExpression: 'SET held = if_not_exists(held, :zero) + :one',
                ConditionExpression: 'attribute_exists(pk) AND #status = :approved AND (attribute_not_exists(held) OR held < seats)',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':approved': 'approved' },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
              },
            },
            {
              ConditionCheck: {
                TableName: this.#tableName,
                Key: applicationKey(placement.applicationId),
                ConditionExpression: 'stage = :stage',
                ExpressionAttributeValues: { ':stage': placement.stage },
              },
            },
          ],
        }),
      );
      return 'offered';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      const failed = (index: number): boolean => reasons[index]?.code === 'ConditionalCheckFailed';
      if (failed(0)) return 'exists';
      if (failed(1)) return 'placed-meanwhile';
      if (failed(3)) return 'left-stage';
      if (failed(2)) return reasons[2]?.item?.['status'] === 'approved' ? 'offer-full' : 'offer-withdrawn';
      throw error;
    }
  }

  async heldIn(stage: string, applicationIds: readonly string[]): Promise<ReadonlySet<string>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      applicationIds.map((applicationId) => ({ ...placementHoldKey(applicationId, stage) })),
    );
    return new Set(items.flatMap((item) => applicationIdOfPartitionKey(String(item['pk'])) ?? []));
  }

  async refusedIn(stage: string, applicationIds: readonly string[]): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      applicationIds.map((applicationId) => ({ ...placementRefusalsKey(applicationId, stage) })),
    );
    const refused = new Map<string, ReadonlySet<string>>();
    for (const item of items) {
      const applicationId = applicationIdOfPartitionKey(String(item['pk']));
      const offerIds = item['offerIds'];
      if (applicationId !== undefined && offerIds instanceof Set)
        refused.set(applicationId, new Set([...offerIds].filter((offerId): offerId is string => typeof offerId === 'string')));
    }
    return refused;
  }

  async find(applicationId: string, placementId: string): Promise<Placement | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: placementKey(applicationId, placementId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toPlacement(Item);
  }

  async latest(applicationId: string): Promise<Placement | undefined> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': PLACEMENT_PREFIX },
        ConsistentRead: true,
      }),
    );
    return Items.map(toPlacement)
      .sort((left, right) => left.offeredAt.localeCompare(right.offeredAt) || left.id.localeCompare(right.id))
      .at(-1);
  }

  /** Every placement offered to the application, oldest first: one per round at most, a handful in all. */
  async ofApplication(applicationId: string): Promise<readonly Placement[]> {
    const placements: Placement[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': PLACEMENT_PREFIX },
          ExclusiveStartKey: start,
        }),
      );
      placements.push(...Items.map(toPlacement));
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return placements.sort((left, right) => left.offeredAt.localeCompare(right.offeredAt) || left.id.localeCompare(right.id));
  }

  async step(
    previous: Placement,
    next: Placement,
    options: { readonly kpi?: KpiCounter | undefined; readonly now: string; readonly mails?: readonly QueuedMail[] | undefined },
  ): Promise<PlacementWriteOutcome> {
    const answering = previous.status === 'offered';
    const deadline = !answering ? '' : next.status === 'expired' ? ' AND respondBy <= :now' : ' AND respondBy > :now';
    const offer = internshipOfferKey(previous.seasonId, previous.offerId);
    const items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [
      {
        Put: {
          TableName: this.#tableName,
          Item: this.#item(next),
          ConditionExpression: `version = :version AND #status = :status${deadline}`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':version': previous.version,
            ':status': previous.status,
            ...(answering ? { ':now': options.now } : {}),
          },
        },
      },
    ];
    if (next.status === 'accepted') {
      items.push({
        Update: {
          TableName: this.#tableName,
          Key: offer,
          UpdateExpression: 'SET accepted = if_not_exists(accepted, :zero) + :one',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(accepted) OR accepted < seats)',
          ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
        },
      });
    }
    if (RELEASING.has(next.status)) {
      items.push(
        {
          Update: {
            TableName: this.#tableName,
            Key: offer,
            UpdateExpression: 'SET held = held - :one',
            ConditionExpression: 'held > :zero',
            ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
          },
        },
        {
          Delete: {
            TableName: this.#tableName,
            Key: placementHoldKey(previous.applicationId, previous.stage),
            ConditionExpression: 'attribute_not_exists(pk) OR placementId = :id',
            ExpressionAttributeValues: { ':id': previous.id },
          },
        },
        {
          Update: {
            TableName: this.#tableName,
            Key: placementRefusalsKey(previous.applicationId, previous.stage),
            UpdateExpression: 'SET entity = :entity ADD offerIds :offer',
            ExpressionAttributeValues: { ':entity': ENTITY.placementRefusals, ':offer': new Set([previous.offerId]) },
          },
        },
      );
    }
    if (options.kpi !== undefined) {
      items.push({
        Update: {
          TableName: this.#tableName,
          Key: internshipKpiKey(previous.seasonId),
          UpdateExpression: 'SET entity = :entity ADD #counter :one',
          ExpressionAttributeNames: { '#counter': options.kpi },
          ExpressionAttributeValues: { ':entity': ENTITY.internshipKpi, ':one': 1 },
        },
      });
    }
    // Each queued once by its id: only this step makes these ids, and the placement's condition lets it happen once.
    for (const mail of options.mails ?? [])
      items.push({ Put: queuedMailPut(this.#tableName, MAIN_MAIL_QUEUE, mail, new Date(options.now)) });
    try {
      await transactWrite(this.#client, new TransactWriteCommand({ TransactItems: items }));
      return { written: true, placement: next };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      if (reasons[0]?.code === 'ConditionalCheckFailed') return { written: false, reason: 'version-conflict' };
      if (next.status === 'accepted' && reasons[1]?.code === 'ConditionalCheckFailed') return { written: false, reason: 'offer-full' };
      throw error;
    }
  }

  async list(filter: PlacementFilter, page: PageRequest): Promise<Page<Placement>> {
    const byOrganisation = filter.organisation !== undefined;
    const index = byOrganisation ? 'gsi3' : 'gsi2';
    const partition = byOrganisation
      ? organisationPlacementsPartition(filter.seasonId, filter.organisation ?? '')
      : seasonPlacementsPartition(filter.seasonId);
    const prefix = filter.offerId === undefined ? undefined : offerPlacementsPrefix(filter.offerId);
    const start = decodeCursor(page.cursor, { index, partition: { [`${index}pk`]: partition }, sortKeyPrefix: PLACEMENT_PREFIX });
    // The list's own sort key must lie in the offer's range too: a cursor of another offer's list is not this one's.
    if (start !== undefined && prefix !== undefined && !String(start[`${index}sk`]).startsWith(prefix)) throw invalidCursor();
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: index,
        KeyConditionExpression: prefix === undefined ? '#pk = :pk' : '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: {
          '#pk': `${index}pk`,
          ...(prefix === undefined ? {} : { '#sk': `${index}sk` }),
          ...(filter.status === undefined ? {} : { '#status': 'status' }),
        },
        ExpressionAttributeValues: {
          ':pk': partition,
          ...(prefix === undefined ? {} : { ':prefix': prefix }),
          ...(filter.status === undefined ? {} : { ':status': filter.status }),
        },
        ...(filter.status === undefined ? {} : { FilterExpression: '#status = :status' }),
        Limit: page.limit,
        ExclusiveStartKey: start,
      }),
    );
    return { items: Items.map(toPlacement), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async overdue(now: string, limit: number): Promise<readonly Pick<Placement, 'applicationId' | 'id'>[]> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :bound',
        ExpressionAttributeValues: { ':pk': AWAITING_ANSWER_PARTITION, ':bound': awaitingAnswerBound(now) },
        ProjectionExpression: 'pk, sk',
        Limit: limit,
      }),
    );
    return Items.flatMap((item) => {
      const applicationId = applicationIdOfPartitionKey(String(item['pk']));
      const id = String(item['sk']).slice(PLACEMENT_PREFIX.length);
      return applicationId === undefined ? [] : [{ applicationId, id }];
    });
  }

  async kpis(seasonId: string): Promise<InternshipKpiCounts> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: internshipKpiKey(seasonId), ConsistentRead: true }),
    );
    return { started: Number(Item?.['started'] ?? 0), completed: Number(Item?.['completed'] ?? 0) };
  }
}
