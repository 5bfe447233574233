import { keepsMentorAway } from '../../mentoring/domain/pair-ending.ts';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mentoringPairSchema, MAX_SESSIONS_PER_PAIR, type MentoringPair, type PairStatus } from '../../mentoring/mentoring-pair-schema.ts';
import { mentoringSessionSchema, type MentoringSession } from '../../mentoring/mentoring-session-schema.ts';
import type {
  MenteeMentoring,
  MentoringPairs,
  PairWriteOutcome,
  ProposalRefusal,
  SessionWriteOutcome,
} from '../../mentoring/ports/mentoring-pairs.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import {
  applicationKey,
  ENTITY,
  menteeMentoringKey,
  mentoringPairKey,
  mentoringPairKeys,
  mentoringPairStatusPrefix,
  mentoringSessionKey,
  mentorPairsPartition,
  mentorPoolMemberKey,
  seasonMentoringPairsPartition,
} from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { transactWrite } from './transact-write.ts';

const toPair = (item: Record<string, unknown>): MentoringPair => parseStoredItem(mentoringPairSchema, item);
const toSession = (item: Record<string, unknown>): MentoringSession => parseStoredItem(mentoringSessionSchema, item);

const toMentoring = (item: Record<string, unknown>): MenteeMentoring => {
  const declined = item['declinedBy'];
  const live = item['livePairId'];
  return {
    applicationId: String(item['applicationId']),
    ...(typeof live === 'string' ? { livePairId: live } : {}),
    declinedBy: declined instanceof Set ? [...declined].filter((id): id is string => typeof id === 'string').sort() : [],
  };
};

/**
 * A pair has its own partition (its sessions beside it), is listed per mentor (gsi1) and per
 * season and status (gsi2). The application's MENTORING item holds its one live pair and the
 * mentors who declined it; a proposal writes it, the pair and the mentor's load in one transaction
 * (and checks the application's stage there), so neither a mentee nor a mentor's capacity is paired
 * twice under any concurrency. A decline gives both back in one transaction too.
 */
export class DynamoDbMentoringPairs implements MentoringPairs {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  #pairPut(pair: MentoringPair, expectedVersion: number) {
    return {
      TableName: this.#tableName,
      Item: { ...mentoringPairKeys(pair), entity: ENTITY.mentoringPair, ...pair },
      ConditionExpression: expectedVersion === 0 ? ITEM_ABSENT : '#version = :expected',
      ...(expectedVersion === 0
        ? {}
        : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
    };
  }

  #load(pair: MentoringPair, change: 1 | -1) {
    return {
      Update: {
        TableName: this.#tableName,
        Key: mentorPoolMemberKey(pair.seasonId, pair.mentorId),
        UpdateExpression: 'SET #load = #load + :change',
        ConditionExpression: change === 1 ? 'attribute_exists(pk) AND #load < #capacity' : 'attribute_exists(pk) AND #load > :zero',
        ExpressionAttributeNames: { '#load': 'load', ...(change === 1 ? { '#capacity': 'capacity' } : {}) },
        ExpressionAttributeValues: { ':change': change, ...(change === 1 ? {} : { ':zero': 0 }) },
      },
    };
  }

  async propose(
    pair: MentoringPair,
    agreementStage: string,
  ): Promise<{ readonly proposed: true } | { readonly proposed: false; readonly reason: ProposalRefusal }> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            { Put: this.#pairPut(pair, 0) },
            {
              Update: {
                TableName: this.#tableName,
                Key: menteeMentoringKey(pair.applicationId),
                UpdateExpression: 'SET entity = :entity, applicationId = :applicationId, seasonId = :seasonId, livePairId = :pairId',
                ConditionExpression: 'attribute_not_exists(livePairId) AND NOT contains(declinedBy, :mentorId)',
                ExpressionAttributeValues: {
                  ':entity': ENTITY.menteeMentoring,
                  ':applicationId': pair.applicationId,
                  ':seasonId': pair.seasonId,
                  ':pairId': pair.id,
                  ':mentorId': pair.mentorId,
                },
              },
            },
            this.#load(pair, 1),
            {
              ConditionCheck: {
                TableName: this.#tableName,
                Key: applicationKey(pair.applicationId),
                ConditionExpression: '#stage = :stage',
                ExpressionAttributeNames: { '#stage': 'stage' },
                ExpressionAttributeValues: { ':stage': agreementStage },
              },
            },
          ],
        }),
      );
      return { proposed: true };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      const failed = (index: number) => reasons[index]?.code === 'ConditionalCheckFailed';
      if (failed(1)) {
        const held = await this.mentoringOf(pair.applicationId);
        if (held?.livePairId === pair.id) return { proposed: false, reason: 'already-proposed' };
        return { proposed: false, reason: held?.livePairId === undefined ? 'mentor-declined' : 'mentee-paired' };
      }
      if (failed(3)) return { proposed: false, reason: 'mentee-moved' };
      if (failed(0)) return { proposed: false, reason: 'already-proposed' };
      if (failed(2)) {
        const { Item } = await this.#client.send(
          new GetCommand({ TableName: this.#tableName, Key: mentorPoolMemberKey(pair.seasonId, pair.mentorId), ConsistentRead: true }),
        );
        return { proposed: false, reason: Item === undefined ? 'mentor-left-pool' : 'mentor-full' };
      }
      // Still contended after every retry: a refusal to try again, not a fault.
      if (reasons.some((reason) => reason.code === 'TransactionConflict')) return { proposed: false, reason: 'busy' };
      throw error;
    }
  }

  async find(pairId: string): Promise<MentoringPair | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: mentoringPairKey(pairId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toPair(Item);
  }

  async withSessions(
    pairId: string,
  ): Promise<{ readonly pair: MentoringPair; readonly sessions: readonly MentoringSession[] } | undefined> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': mentoringPairKey(pairId).pk },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...Items);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    const pair = items.find((item) => item['entity'] === ENTITY.mentoringPair);
    if (pair === undefined) return undefined;
    return { pair: toPair(pair), sessions: items.filter((item) => item['entity'] === ENTITY.mentoringSession).map(toSession) };
  }

  async mentoringOf(applicationId: string): Promise<MenteeMentoring | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: menteeMentoringKey(applicationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toMentoring(Item);
  }

  async mentoringOfMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, MenteeMentoring>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(applicationIds)].map((id) => ({ ...menteeMentoringKey(id) })),
    );
    return new Map(items.map(toMentoring).map((mentoring) => [mentoring.applicationId, mentoring]));
  }

  async update(pair: MentoringPair, expectedVersion: number): Promise<PairWriteOutcome> {
    try {
      await this.#client.send(new PutCommand({ ...this.#pairPut(pair, expectedVersion), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
      return { written: true, pair };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return { written: false, reason: 'version-conflict', currentVersion: Number(error.Item?.['version']?.N ?? 0) };
    }
  }

  async release(pair: MentoringPair, expectedVersion: number): Promise<PairWriteOutcome> {
    const byMentor = keepsMentorAway(pair);
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            { Put: this.#pairPut(pair, expectedVersion) },
            {
              Update: {
                TableName: this.#tableName,
                Key: menteeMentoringKey(pair.applicationId),
                // A mentor who declined, or whom staff parted from the mentee, is remembered: no matching proposes them to this mentee again.
                UpdateExpression: `REMOVE livePairId${byMentor ? ' ADD declinedBy :mentor' : ''}`,
                ConditionExpression: 'livePairId = :pairId',
                ExpressionAttributeValues: { ':pairId': pair.id, ...(byMentor ? { ':mentor': new Set([pair.mentorId]) } : {}) },
              },
            },
            this.#load(pair, -1),
          ] as TransactWriteCommand['input']['TransactItems'],
        }),
      );
      return { written: true, pair };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.[0]?.code !== 'ConditionalCheckFailed') throw error;
      return { written: false, reason: 'version-conflict', currentVersion: (await this.find(pair.id))?.version ?? 0 };
    }
  }

  async logSession(pair: MentoringPair, session: MentoringSession): Promise<SessionWriteOutcome> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.#tableName,
                Key: mentoringPairKey(pair.id),
                UpdateExpression:
                  'SET sessions = sessions + :one, minutes = minutes + :minutes, #version = #version + :one, updatedAt = :at',
                ConditionExpression: '#status = :active AND sessions < :max',
                ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
                ExpressionAttributeValues: {
                  ':one': 1,
                  ':minutes': session.durationMinutes,
                  ':at': session.loggedAt,
                  ':active': 'active',
                  ':max': MAX_SESSIONS_PER_PAIR,
                },
              },
            },
            {
              Put: {
                TableName: this.#tableName,
                Item: { ...mentoringSessionKey(pair.id, session.date, session.id), entity: ENTITY.mentoringSession, ...session },
                ConditionExpression: ITEM_ABSENT,
              },
            },
          ],
        }),
      );
      return { written: true, session };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.[0]?.code !== 'ConditionalCheckFailed') throw error;
      const current = await this.find(pair.id);
      if (current !== undefined && current.status !== 'active') return { written: false, reason: 'not-active', status: current.status };
      return { written: false, reason: 'too-many' };
    }
  }

  ofMentor(mentorId: string, seasonId: string, page: PageRequest): Promise<Page<MentoringPair>> {
    return this.#page('gsi1', mentorPairsPartition(mentorId), `${seasonId}#`, page);
  }

  ofSeason(seasonId: string, status: PairStatus | undefined, page: PageRequest): Promise<Page<MentoringPair>> {
    return this.#page(
      'gsi2',
      seasonMentoringPairsPartition(seasonId),
      status === undefined ? undefined : mentoringPairStatusPrefix(status),
      page,
    );
  }

  async #page(index: 'gsi1' | 'gsi2', partition: string, prefix: string | undefined, page: PageRequest): Promise<Page<MentoringPair>> {
    const start = decodeCursor(page.cursor, { index, partition: { [`${index}pk`]: partition }, sortKeyPrefix: 'PAIR' });
    // A cursor of another status's (or season's) list would start outside this one's range.
    if (start !== undefined && prefix !== undefined && !start[`${index}sk`]?.startsWith(prefix)) throw invalidCursor();
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk${prefix === undefined ? '' : ` AND begins_with(${index}sk, :prefix)`}`,
        ExpressionAttributeValues: { ':pk': partition, ...(prefix === undefined ? {} : { ':prefix': prefix }) },
        Limit: page.limit,
        ExclusiveStartKey: start,
      }),
    );
    return { items: Items.map(toPair), nextCursor: encodeCursor(LastEvaluatedKey) };
  }
}
