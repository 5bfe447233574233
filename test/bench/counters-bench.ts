import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DeleteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { REGION_CODES } from '../../shared/applicants/domain/profile/region-codes.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { moveApplication } from '../../shared/applications/domain/move-application.ts';
import { countApplication } from '../../shared/counters/domain/count-application.ts';
import type { CountedEvent } from '../../shared/counters/domain/counted-application.ts';
import {
  APPLICATION_SHARDS,
  ENTITY,
  applicationShard,
  seasonCountsPartition,
  seasonCountsStateKey,
  stageCountKey,
} from '../../shared/platform/keys/keys.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import type { ApiEventInit, HandlerResponse } from '../support/api-event.ts';
import { staffClaims } from '../support/claims.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { writeAll } from '../support/seed-gate-season.ts';
import type { MeteredRequest } from './capacity-meter.ts';
import { PRICES } from './prices.ts';

/**
 * What the season counters cost, in two measurements:
 * 1. the writes they add: the same 1,000 applications created, submitted and moved three times
 *    through the application repository (the one writer of an application) in a season whose
 *    counters are kept and in one whose counters were never initialised (its writes count
 *    nothing). DynamoDB Local bills every transaction 2 units whatever it holds, so the bench
 *    counts the counter actions the repository put in its transactions and sizes the counter items
 *    it left: inside a transaction each costs 2 write units per KB;
 * 2. reading the funnel (and the breakdown by region, and time in stage) of seasons of 1,000 to
 *    1,000,000 applications through the reports Lambda: the requests stay at one Query per counter
 *    shard, and the read units grow only until every shard holds every region and stage (16 × 89
 *    × 5 items here), then stay flat. The seasons' counter items are written as the counting domain
 *    computes them for each application (countApplication, what a rebuild writes), not by a
 *    million writes.
 */
export const COUNTERS_BENCH = { applications: 1_000, funnelSizes: [1_000, 10_000, 100_000, 1_000_000] } as const;

/** ПроКадры's path of a beginner: draft, submission (region and track set), then three staff moves. */
const PATH = ['application', 'screening', 'education', 'interview', 'regional-internship'] as const;
const TRACKS = ['beginner', 'young', 'pro'] as const;
const WRITERS = 16;
const HOUR_MS = 60 * 60 * 1000;

export interface CountersBenchContext {
  readonly tableName: string;
  /** Unmetered: seeding. */
  readonly benchClient: DynamoDBDocumentClient;
  /** Metered (the Lambdas' client). */
  readonly client: DynamoDBDocumentClient;
  readonly meter: { readonly take: () => MeteredRequest[] };
  readonly callReports: (init: ApiEventInit) => Promise<HandlerResponse>;
}

interface WriteCost {
  readonly requests: number;
  readonly writeUnits: number;
  readonly readUnits: number;
}

const costOf = (requests: readonly MeteredRequest[]): WriteCost => ({
  requests: requests.length,
  writeUnits: requests.reduce((sum, request) => sum + request.writeUnits, 0),
  readUnits: requests.reduce((sum, request) => sum + request.readUnits, 0),
});

const draftOf = (seasonId: string, programmeId: string, at: string): Application => ({
  id: randomUUID(),
  seasonId,
  programmeId,
  applicantId: randomUUID(),
  stage: PATH[0],
  answers: {},
  language: 'ru',
  createdAt: at,
  updatedAt: at,
  version: 1,
});

/** The application as the repository stores it, read back as every use case reads one before moving it. */
const readBack = async (repository: DynamoDbApplicationRepository, applicationId: string): Promise<Application> =>
  (await repository.find(applicationId)) ?? assert.fail('the bench application is not there');

/** Creates, submits and moves one application along PATH through the repository, an hour between writes. */
const walk = async (repository: DynamoDbApplicationRepository, draft: Application, index: number, start: number): Promise<void> => {
  const created = await repository.create(draft, { at: draft.createdAt, version: 1, kind: 'created', actor: 'applicant' });
  if (created.outcome !== 'created') throw new Error('the bench application was not created');
  for (const [step, to] of PATH.slice(1).entries()) {
    const stored = await readBack(repository, draft.id);
    const at = new Date(start + (step + 1) * HOUR_MS).toISOString();
    const changes: Partial<Application> =
      step === 0
        ? {
            region: REGION_CODES[index % REGION_CODES.length]?.code,
            track: { track: TRACKS[index % TRACKS.length] ?? 'beginner', assignedAt: at },
            submittedAt: at,
          }
        : {};
    const moved = moveApplication(
      stored,
      { from: stored.stage, to, at, actor: step === 0 ? 'applicant' : 'staff:bench', kind: step === 0 ? 'submitted' : 'stage-changed' },
      changes,
    );
    const outcome = await repository.replace(moved.application, stored, moved.event, { stage: stored.stage });
    if (outcome !== 'written') throw new Error(`a bench move was ${outcome}`);
  }
};

interface SeasonWrites extends WriteCost {
  /** Counter items updated inside the writes' transactions (each an ADD on one small item). */
  readonly counterUpdates: number;
  /** Shard STATE items checked (a creation's ConditionCheck). */
  readonly stateChecks: number;
  /** The largest counter item the season ended with, in bytes as DynamoDB sizes items. */
  readonly largestCounterItem: number;
  /** Requests by command: a transaction refused for a conflict on a hot item and retried shows here. */
  readonly byCommand: Readonly<Record<string, number>>;
}

/** Counts, by kind, the actions of every TransactWriteItems the repository sends (DynamoDB Local bills any transaction 2 units). */
const countTransactionActions = (client: DynamoDBDocumentClient) => {
  const tally = { counterUpdates: 0, stateChecks: 0 };
  const name = `benchCounterActions-${randomUUID()}`;
  client.middlewareStack.add(
    (next) => async (args) => {
      const items = (args.input as { TransactItems?: Record<string, { Key?: Record<string, unknown> }>[] }).TransactItems ?? [];
      for (const action of items) {
        const key = action['Update']?.Key ?? action['ConditionCheck']?.Key;
        if (typeof key?.['pk'] !== 'string' || !key['pk'].includes('#COUNTS#')) continue;
        if (action['Update'] !== undefined) tally.counterUpdates += 1;
        else tally.stateChecks += 1;
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
  return { tally, stop: () => client.middlewareStack.remove(name) };
};

/** DynamoDB's item size: attribute names and values in UTF-8, a number 1 byte per two significant digits plus 1. */
const itemBytes = (item: Record<string, unknown>): number =>
  Object.entries(item).reduce((bytes, [name, value]) => {
    const valueBytes =
      typeof value === 'number'
        ? Math.ceil(String(Math.abs(value)).replace(/^0\.?0*|\./g, '').length / 2) + 1
        : Buffer.byteLength(String(value));
    return bytes + Buffer.byteLength(name) + valueBytes;
  }, 0);

const largestCounterItem = async (context: CountersBenchContext, seasonId: string): Promise<number> => {
  let largest = 0;
  for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await context.benchClient.send(
        new QueryCommand({
          TableName: context.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': seasonCountsPartition(seasonId, shard) },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) largest = Math.max(largest, itemBytes(item));
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
  }
  return largest;
};

const walkSeason = async (context: CountersBenchContext, counted: boolean): Promise<SeasonWrites> => {
  const { programmeId, seasonId } = await seedOpenSeason(context.benchClient, context.tableName, { prefix: 'bench-counters' });
  if (!counted) await forgetCounters(context, seasonId);
  const repository = new DynamoDbApplicationRepository(context.client, context.tableName);
  const start = Date.now() - 10 * 24 * HOUR_MS;
  const at = new Date(start).toISOString();
  const drafts = Array.from({ length: COUNTERS_BENCH.applications }, (_, index) => ({ index, draft: draftOf(seasonId, programmeId, at) }));
  context.meter.take();
  const actions = countTransactionActions(context.client);
  try {
    valuesOrFirstFailure(await settleInParallel(drafts, WRITERS, ({ index, draft }) => walk(repository, draft, index, start)));
  } finally {
    actions.stop();
  }
  const requests = context.meter.take();
  const byCommand: Record<string, number> = {};
  for (const request of requests) byCommand[request.command] = (byCommand[request.command] ?? 0) + 1;
  return { ...costOf(requests), ...actions.tally, byCommand, largestCounterItem: await largestCounterItem(context, seasonId) };
};

/** A season as it stood before counters were kept: no shard STATE, so writes check that and count nothing. */
const forgetCounters = async (context: CountersBenchContext, seasonId: string): Promise<void> => {
  await Promise.all(
    Array.from({ length: APPLICATION_SHARDS }, (_, shard) =>
      context.benchClient.send(new DeleteCommand({ TableName: context.tableName, Key: seasonCountsStateKey(seasonId, shard) })),
    ),
  );
};

export interface FunnelRead {
  readonly applications: number;
  readonly counterItems: number;
  readonly reads: readonly { readonly report: string; readonly requests: number; readonly readUnits: number; readonly ms: number }[];
}

/**
 * Writes the counter items of a season of `size` applications spread over every region, three
 * tracks and the first 1–5 stages of PATH, each item holding what countApplication gives its
 * applications (summed per shard, region and stage), as the writers and a rebuild would leave them.
 */
const seedCountedSeason = async (
  context: CountersBenchContext,
  size: number,
): Promise<{ programmeId: string; seasonId: string; items: number }> => {
  const { programmeId, seasonId } = await seedOpenSeason(context.benchClient, context.tableName, { prefix: 'bench-funnel' });
  const items = new Map<string, Record<string, unknown>>();
  const start = Date.parse('2026-05-01T09:00:00Z');
  for (let index = 0; index < size; index += 1) {
    const id = randomUUID();
    const reached = 1 + (index % PATH.length);
    const region = REGION_CODES[index % REGION_CODES.length]?.code ?? '77';
    const history: CountedEvent[] = PATH.slice(1, reached).map((to, step) => ({
      at: new Date(start + (step + 1) * (24 + (index % 97)) * HOUR_MS).toISOString(),
      version: step + 2,
      fromStage: PATH[step],
      toStage: to,
    }));
    const adds = countApplication(
      {
        stage: PATH[reached - 1] ?? 'application',
        createdAt: new Date(start).toISOString(),
        ...(reached > 1 ? { region, track: { track: TRACKS[index % TRACKS.length] ?? 'beginner' } } : {}),
      },
      history,
    );
    const shard = applicationShard(id);
    for (const add of adds) {
      const key = stageCountKey(seasonId, shard, 0, add.region, add.stage);
      const itemKey = `${key.pk}|${key.sk}`;
      const item = items.get(itemKey) ?? {
        ...key,
        entity: ENTITY.stageCount,
        seasonId,
        region: add.region,
        stage: add.stage,
        generation: 0,
      };
      for (const [attribute, value] of Object.entries(add.adds)) item[attribute] = ((item[attribute] as number | undefined) ?? 0) + value;
      items.set(itemKey, item);
    }
  }
  const all = [...items.values()];
  const batches = Array.from({ length: Math.ceil(all.length / 25) }, (_, batch) => all.slice(batch * 25, (batch + 1) * 25));
  valuesOrFirstFailure(await settleInParallel(batches, WRITERS, (batch) => writeAll(context.benchClient, context.tableName, batch)));
  return { programmeId, seasonId, items: items.size };
};

const REPORTS = [
  { report: 'funnel', route: '/seasons/{seasonId}/reports/funnel', query: {} },
  { report: 'breakdown by region', route: '/seasons/{seasonId}/reports/breakdown', query: { by: 'region' } },
  { report: 'time in stage', route: '/seasons/{seasonId}/reports/time-in-stage', query: {} },
] as const;

const readFunnel = async (context: CountersBenchContext, size: number): Promise<FunnelRead> => {
  const { programmeId, seasonId, items } = await seedCountedSeason(context, size);
  const claims = staffClaims(programmeId);
  // The first call warms the container's catalogue cache, as a dashboard's first panel does.
  await context.callReports({ method: 'GET', route: REPORTS[0].route, pathParameters: { seasonId }, claims });
  const reads = [];
  for (const { report, route, query } of REPORTS) {
    context.meter.take();
    const started = performance.now();
    const response = await context.callReports({ method: 'GET', route, pathParameters: { seasonId }, query, claims });
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${report} answered ${response.status}: ${JSON.stringify(response.body)}`);
    reads.push({ report, ms, ...costOf(context.meter.take()) });
  }
  return { applications: size, counterItems: items, reads };
};

export interface CounterWrites {
  readonly counted: SeasonWrites;
  readonly uncounted: SeasonWrites;
}

export const benchCounterWrites = async (context: CountersBenchContext): Promise<CounterWrites> => ({
  counted: await walkSeason(context, true),
  uncounted: await walkSeason(context, false),
});

export const benchReportReads = async (context: CountersBenchContext): Promise<readonly FunnelRead[]> => {
  const reads = [];
  for (const size of COUNTERS_BENCH.funnelSizes) reads.push(await readFunnel(context, size));
  return reads;
};

const usd = (value: number): string => `$${value.toFixed(4)}`;

export const printCounterWrites = ({ counted, uncounted }: CounterWrites): void => {
  const per1000 = 1_000 / COUNTERS_BENCH.applications;
  const writes = PATH.length;
  // Inside a transaction every item costs 2 write units per KB; the counter items stay under 1 KB (printed).
  const actions = (counted.counterUpdates + counted.stateChecks - uncounted.counterUpdates - uncounted.stateChecks) * per1000;
  const unitsPerAction = 2 * Math.max(1, Math.ceil(counted.largestCounterItem / 1024));
  const addedWrite = actions * unitsPerAction;
  console.log(`\nSeason counters, per 1,000 applications (each created, submitted and moved three times: ${writes} writes):`);
  for (const [label, season] of [
    ['counters kept:    ', counted],
    ['counters not kept:', uncounted],
  ] as const)
    console.log(
      `  ${label} ${(season.requests * per1000).toLocaleString('en')} requests (${Object.entries(season.byCommand)
        .map(([command, count]) => `${(count * per1000).toLocaleString('en')} ${command.replace(/Command$/, '')}`)
        .join(
          ', ',
        )}); in their transactions ${(season.counterUpdates * per1000).toLocaleString('en')} counter updates and ${(season.stateChecks * per1000).toLocaleString('en')} STATE checks`,
    );
  console.log(
    `  the largest counter item: ${counted.largestCounterItem} bytes, so ${unitsPerAction} WRU a counter action in a transaction (DynamoDB Local bills any transaction 2 units, so these are counted, not metered)`,
  );
  console.log(
    `  the counters add ${actions.toLocaleString('en')} actions = ${addedWrite.toLocaleString('en')} WRU (${(addedWrite / (writes * 1_000)).toFixed(1)} per write): ${usd(addedWrite * PRICES.dynamoDbWriteUnitUsd)} per 1,000 applications`,
  );
};

export const printReportReads = (funnel: readonly FunnelRead[]): void => {
  console.log('\nReading a season’s reports (reports Lambda, staff token; counter items as the writers leave them):');
  console.log('  applications | counter items | report              | requests | RRU  | ms');
  for (const season of funnel)
    for (const read of season.reads)
      console.log(
        `  ${season.applications.toLocaleString('en').padStart(12)} | ${String(season.counterItems).padStart(13)} | ${read.report.padEnd(19)} | ${String(read.requests).padStart(8)} | ${read.readUnits.toFixed(1).padStart(4)} | ${read.ms.toFixed(0)}`,
      );
};
