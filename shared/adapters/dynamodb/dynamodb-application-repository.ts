import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application, ApplicationEvent } from '../../applications/application-schema.ts';
import type {
  ApplicationDossier,
  ApplicationFilter,
  ApplicationRepository,
  CreateOutcome,
  ReplaceCondition,
  ReplaceEffects,
  WriteOutcome,
} from '../../applications/ports/application-repository.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { readApplicationDossier } from './dynamodb-application-dossier.ts';
import {
  applicationEventItem,
  applicationGuardItem,
  applicationItem,
  toApplication,
  toApplicationEvent,
} from './dynamodb-application-items.ts';
import { listSeasonApplications } from './dynamodb-application-season-list.ts';
import { MAIN_MAIL_QUEUE, queuedMailPut } from './dynamodb-mail-items.ts';
import { putOnce } from './put-once.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { ENTITY, applicantApplicationsPartition, applicationGuardKey, applicationKey, applicationShard } from '../../platform/keys/keys.ts';
import { countApplication, countApplicationChange } from '../../counters/domain/count-application.ts';
import type { StageCounterAdds } from '../../counters/domain/counted-application.ts';
import { countApplicationEvents, type EventCounterAdds, type EventFact } from '../../counters/domain/count-event.ts';
import { eventFactsOf, readApplicationPartition } from './dynamodb-season-counts-events.ts';
import { enterStage, type StageEntries } from '../../counters/domain/stage-entries.ts';
import {
  countingTargetCheck,
  eventCounterUpdate,
  readShardState,
  stageCounterUpdate,
  targetOf,
  type CountingTarget,
} from './dynamodb-season-counts-writes.ts';

/** Enough rounds for a write to learn that a rebuild started, migrate, and meet a concurrent migration. */
const COUNTING_ATTEMPTS = 4;
const COUNTED_FROM_START: CountingTarget = { kind: 'counted', generation: 0 };

/** What an application migrating into a new generation brings: its history, its events, and how many events it had counted. */
interface Migration {
  readonly history: readonly ApplicationEvent[];
  readonly events: readonly EventFact[];
  readonly countedEvents: number | undefined;
}

const entryAttributes = (entries: StageEntries): Pick<Application, 'stagesEntered' | 'stageEnteredAt'> => ({
  ...(entries.stagesEntered === undefined ? {} : { stagesEntered: { ...entries.stagesEntered } }),
  ...(entries.stageEnteredAt === undefined ? {} : { stageEnteredAt: entries.stageEnteredAt }),
});

/**
 * Applications in the one table. Every write is one transaction of the application item and its
 * history event (plus the guard at creation), each conditional, so the history can never disagree
 * with the application and two writers can never both win. The season's counters move in the same
 * transaction (shared/counters): the ADDs of the change into the application's shard, checked
 * against the shard's STATE; when a rebuild has moved the shard to a new generation, the write
 * migrates the application (its whole contribution into the new generation) and tries again.
 */
export class DynamoDbApplicationRepository implements ApplicationRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  /** Where a shard's writers write, as last learned from a refused check (a first guess for creations; the check decides). */
  readonly #knownTargets = new Map<string, CountingTarget>();

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async create(application: Application, event: ApplicationEvent): Promise<CreateOutcome> {
    const shard = applicationShard(application.id);
    let target = this.#knownTargets.get(`${application.seasonId}#${shard}`) ?? COUNTED_FROM_START;
    for (let attempt = 1; ; attempt += 1) {
      const counted: Application = {
        ...application,
        ...entryAttributes(enterStage(undefined, application.stage, event.at)),
        countersGeneration: target.kind === 'counted' ? target.generation : 0,
      };
      const counting = this.#countingItems(counted.seasonId, shard, target, countApplicationChange(undefined, counted, event.at));
      try {
        await transactWrite(
          this.#client,
          new TransactWriteCommand({
            TransactItems: [
              { Put: { ...putOnce(this.#tableName, applicationGuardItem(counted)), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
              { Put: putOnce(this.#tableName, applicationItem(counted)) },
              { Put: putOnce(this.#tableName, applicationEventItem(counted.id, event)) },
              ...counting,
            ],
          }),
        );
        return { outcome: 'created' };
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons === undefined) throw error;
        const existingId = reasons[0]?.code === 'ConditionalCheckFailed' ? reasons[0].item?.['applicationId'] : undefined;
        if (existingId !== undefined) return { outcome: 'exists', applicationId: existingId };
        if (reasons.at(-1)?.code === 'ConditionalCheckFailed' && attempt < COUNTING_ATTEMPTS) {
          target = await this.#learnTarget(counted.seasonId, shard);
          continue;
        }
        // A concurrent create of the same guard (TransactionConflict): whoever won is now readable.
        const winner = await this.#guardedApplicationId(application.applicantId, application.seasonId);
        if (winner !== undefined) return { outcome: 'exists', applicationId: winner };
        throw error;
      }
    }
  }

  async find(applicationId: string): Promise<Application | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: applicationKey(applicationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toApplication(Item);
  }

  findDossier(applicationId: string, options: { readonly history: boolean }): Promise<ApplicationDossier | undefined> {
    return readApplicationDossier(this.#client, this.#tableName, applicationId, options);
  }

  async findForApplicantInSeason(applicantId: string, seasonId: string): Promise<Application | undefined> {
    const applicationId = await this.#guardedApplicationId(applicantId, seasonId);
    return applicationId === undefined ? undefined : this.find(applicationId);
  }

  async replace(
    application: Application,
    stored: Application,
    event: ApplicationEvent | undefined,
    condition: ReplaceCondition = {},
    effects: ReplaceEffects = {},
  ): Promise<WriteOutcome> {
    const at = event?.at ?? application.updatedAt;
    const shard = applicationShard(application.id);
    let before = stored;
    let target: CountingTarget = { kind: 'counted', generation: before.countersGeneration ?? 0 };
    let migration: Migration | undefined;
    for (let attempt = 1; attempt <= COUNTING_ATTEMPTS; attempt += 1) {
      const counted = target.kind === 'counted' ? target.generation : (before.countersGeneration ?? 0);
      // Migrating: a rebuild moved the shard on to a new generation this application is not counted in yet.
      const migrating = target.kind === 'counted' && counted !== (before.countersGeneration ?? 0);
      if (migrating && migration === undefined) migration = await this.#migration(application.id);
      const next: Application = {
        ...application,
        ...entryAttributes(enterStage(before, application.stage, at)),
        countersGeneration: counted,
      };
      const adds =
        target.kind === 'uncounted'
          ? []
          : migrating
            ? countApplication(next, [...(migration?.history ?? []), ...(event === undefined ? [] : [event])])
            : countApplicationChange(before, next, at);
      const eventAdds = migrating ? countApplicationEvents(next.region, migration?.events ?? []) : [];
      const put = this.#replacePut(next, before, condition, migrating ? migration : undefined);
      const alongside = [
        ...(event === undefined ? [] : [{ Put: putOnce(this.#tableName, applicationEventItem(application.id, event)) }]),
        // The mail's own condition (never queued) holds for a first submission's receipt; were it
        // refused, the replace is not written and the caller re-reads, as for `stale`.
        ...(effects.queueMail === undefined
          ? []
          : [{ Put: queuedMailPut(this.#tableName, MAIN_MAIL_QUEUE, effects.queueMail.mail, effects.queueMail.at) }]),
      ];
      // A draft edit that changes nothing counted stays one conditional write.
      const counting =
        alongside.length === 0 && adds.length === 0 && !migrating ? [] : this.#countingItems(next.seasonId, shard, target, adds, eventAdds);
      try {
        if (alongside.length === 0 && counting.length === 0) await this.#client.send(new PutCommand(put));
        else await transactWrite(this.#client, new TransactWriteCommand({ TransactItems: [{ Put: put }, ...alongside, ...counting] }));
        return 'written';
      } catch (error) {
        const refused = isConditionalCheckFailed(error) ? 'application' : this.#refusal(error, counting.length > 0);
        if (refused === 'state') {
          target = await this.#learnTarget(next.seasonId, shard);
          continue;
        }
        if (refused === 'contention') return 'stale';
        const current = await this.find(application.id);
        if (current === undefined) return 'missing';
        if (current.version !== before.version) return 'stale';
        // Only the counting bookkeeping changed (a rebuild migrated it, or an event was counted while
        // this write migrated it): write on top of it.
        const bookkeepingChanged =
          current.countersGeneration !== before.countersGeneration || (migrating && current.countedEvents !== migration?.countedEvents);
        if (!bookkeepingChanged) return 'stale';
        before = current;
        migration = undefined;
        target = { kind: 'counted', generation: current.countersGeneration ?? 0 };
      }
    }
    return 'stale';
  }

  /** What a write migrating the application into a new generation counts: its history and events, read in one go. */
  async #migration(applicationId: string): Promise<Migration> {
    const partition = await readApplicationPartition(this.#client, this.#tableName, applicationId);
    const stored = partition.find((item) => item['entity'] === ENTITY.application);
    return {
      history: partition.filter((item) => item['entity'] === ENTITY.applicationEvent).map(toApplicationEvent),
      events: await eventFactsOf(this.#client, this.#tableName, partition),
      countedEvents: typeof stored?.['countedEvents'] === 'number' ? stored['countedEvents'] : undefined,
    };
  }

  /** The application's Put, conditional on the stored version and counters generation it was decided on. */
  #replacePut(next: Application, before: Application, condition: ReplaceCondition, migration: Migration | undefined) {
    const conditions = ['#version = :expected'];
    const values: Record<string, unknown> = { ':expected': before.version };
    const names: Record<string, string> = { '#version': 'version', '#generation': 'countersGeneration' };
    if (before.countersGeneration === undefined) conditions.push('attribute_not_exists(#generation)');
    else {
      conditions.push('#generation = :generation');
      values[':generation'] = before.countersGeneration;
    }
    if (condition.stage !== undefined) {
      conditions.push('#stage = :stage');
      names['#stage'] = 'stage';
      values[':stage'] = condition.stage;
    }
    if (condition.unsubmitted === true) conditions.push('attribute_not_exists(submittedAt)');
    if (migration !== undefined) {
      // The events it migrates are the events it has: none counted since they were read.
      names['#events'] = 'countedEvents';
      if (migration.countedEvents === undefined) conditions.push('attribute_not_exists(#events)');
      else {
        conditions.push('#events = :events');
        values[':events'] = migration.countedEvents;
      }
    }
    return {
      TableName: this.#tableName,
      Item: applicationItem(next),
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    };
  }

  /** Which part of a cancelled replace refused it: the application, the shard's counting state, or only contention. */
  #refusal(error: unknown, counted: boolean): 'application' | 'state' | 'contention' {
    const reasons = cancellationReasons(error);
    if (reasons === undefined) throw error;
    if (reasons[0]?.code === 'ConditionalCheckFailed') return 'application';
    if (counted && reasons.at(-1)?.code === 'ConditionalCheckFailed') return 'state';
    return 'contention';
  }

  #countingItems(
    seasonId: string,
    shard: number,
    target: CountingTarget,
    adds: readonly StageCounterAdds[],
    eventAdds: readonly EventCounterAdds[] = [],
  ) {
    return [
      ...(target.kind === 'counted'
        ? [
            ...adds.map((item) => stageCounterUpdate(this.#tableName, seasonId, shard, target.generation, item)),
            ...eventAdds.map((item) => eventCounterUpdate(this.#tableName, seasonId, shard, target.generation, item)),
          ]
        : []),
      countingTargetCheck(this.#tableName, seasonId, shard, target),
    ];
  }

  async #learnTarget(seasonId: string, shard: number): Promise<CountingTarget> {
    const target = targetOf(await readShardState(this.#client, this.#tableName, seasonId, shard));
    this.#knownTargets.set(`${seasonId}#${shard}`, target);
    return target;
  }

  async listForApplicant(applicantId: string, page: PageRequest): Promise<Page<Application>> {
    const partition = applicantApplicationsPartition(applicantId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } }),
      }),
    );
    return { items: Items.map(toApplication), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  listForSeason(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>> {
    return listSeasonApplications(this.#client, this.#tableName, filter, page);
  }

  async #guardedApplicationId(applicantId: string, seasonId: string): Promise<string | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: applicationGuardKey(applicantId, seasonId), ConsistentRead: true }),
    );
    const applicationId: unknown = Item?.['applicationId'];
    return typeof applicationId === 'string' ? applicationId : undefined;
  }
}
