import { randomUUID } from 'node:crypto';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonCounts } from '../../../shared/adapters/dynamodb/dynamodb-season-counts.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { moveApplication } from '../../../shared/applications/domain/move-application.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { APPLICATION_SHARDS, seasonCountsPartition, seasonCountsStateKey } from '../../../shared/platform/keys/keys.ts';
import { applyTransition } from '../../../shared/progression/use-cases/transitions/apply-transition.ts';
import { asRecount, recountSeason } from '../../support/counter-recount.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';
import { businessProgressionMetrics } from '../../../shared/adapters/metrics/business-progression-metrics.ts';
import { businessMetrics } from '../../../shared/platform/observability/metrics.ts';

export const tableName = requireEnv(ENV.tableName);
export const client = documentClient();
export const applications = new DynamoDbApplicationRepository(client, tableName);
export const programmes = new DynamoDbProgrammeRepository(client, tableName);
export const seasonCounts = new DynamoDbSeasonCounts(client, tableName);

const REGIONS = ['59', '77', '16', '66'];
const TRACKS = ['beginner', 'young', 'pro'];
const ROLES = [undefined, 'pupil', 'student'];

/** A clock that only moves forward, minutes at a time, so stays land in many histogram buckets. */
const forwardClock = () => {
  let ticks = 0;
  const start = Date.parse('2026-03-30T12:00:00Z');
  return () => {
    ticks += 1;
    return new Date(start + ticks * 7 * 60_000);
  };
};
export const clock = forwardClock();

export const pick = <T>(values: readonly T[], index: number): T => values[index % values.length] as T;

/** A draft created through the repository, as the create use case writes it. */
export const createDraft = async (seasonId: string, programmeId: string, index: number): Promise<string> => {
  const at = clock().toISOString();
  const role = pick(ROLES, index);
  const application: Application = {
    id: randomUUID(),
    seasonId,
    programmeId,
    applicantId: randomUUID(),
    stage: 'application',
    answers: {},
    language: 'ru',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...(role === undefined ? {} : { participantRole: role }),
  };
  const outcome = await applications.create(application, { at, version: 1, kind: 'created', actor: 'applicant', toStage: 'application' });
  if (outcome.outcome !== 'created') throw new Error('not created');
  return application.id;
};

/** Submission as the submit use case writes it: out of the draft with the profile's region and the rules' track. */
export const submitDraft = async (applicationId: string, index: number): Promise<void> => {
  for (;;) {
    const application = await applications.find(applicationId);
    if (application === undefined) throw new Error('missing');
    const at = clock().toISOString();
    const submitted = moveApplication(
      application,
      { from: 'application', to: 'screening', at, actor: 'applicant', kind: 'submitted' },
      { submittedAt: at, region: pick(REGIONS, index), track: { track: pick(TRACKS, index * 7), assignedAt: at } },
    );
    const outcome = await applications.replace(submitted.application, application, submitted.event, {
      stage: 'application',
      unsubmitted: true,
    });
    if (outcome === 'written') return;
  }
};

/** One move through the transition machine's Apply state; `stale` when another writer moved it first. */
export const transition = async (applicationId: string, from: string, to: string) => {
  const application = await applications.find(applicationId);
  if (application === undefined) throw new Error('missing');
  return applyTransition(
    { applications, programmes, clock, metrics: businessProgressionMetrics(businessMetrics) },
    { applicationId, from, to, actor: 'system' },
    application.version,
  );
};

/** Every path a test application takes after submission (a stage entered twice among them). */
export const PATHS: readonly (readonly string[])[] = [
  ['screening', 'education', 'interview'],
  ['screening', 'not-selected'],
  ['screening', 'education', 'screening', 'education', 'withdrawn'],
  ['screening'],
  ['screening', 'education', 'interview', 'regional-internship'],
];

/** Walks an application along its path; every move is raced by a second identical request, which must lose. */
export const walk = async (applicationId: string, index: number): Promise<void> => {
  const path = pick(PATHS, index);
  for (const [step, to] of path.slice(1).entries()) {
    const from = path[step] as string;
    const racers = index % 4 === 0 ? 2 : 1;
    const outcomes = await Promise.all(Array.from({ length: racers }, () => transition(applicationId, from, to)));
    if (outcomes.filter((outcome) => outcome.outcome === 'written').length !== 1) {
      // Both racers lost to contention: the move is still to make.
      const again = await transition(applicationId, from, to);
      if (again.outcome !== 'written') throw new Error(`move ${from} -> ${to} not written: ${again.outcome}`);
    }
  }
};

/** Runs `work` over `count` indexes, at most `parallel` at a time. */
export const inParallel = async (count: number, parallel: number, work: (index: number) => Promise<void>): Promise<void> => {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const index = next;
        next += 1;
        await work(index);
      }
    }),
  );
};

export const newSeason = () => seedOpenSeason(client, tableName, { prefix: 'counters' });

/** The counters as read and as recounted from the applications, in one shape. */
export const countedAndRecounted = async (seasonId: string) => {
  const [read, recount] = [await seasonCounts.read(seasonId), await recountSeason(client, tableName, seasonId)];
  const { applications: listed, ...expected } = recount;
  return { read, counted: asRecount(read), expected, listed };
};

/** The items of one shard's counters partition. */
export const shardItems = async (seasonId: string, shard: number): Promise<Record<string, unknown>[]> =>
  (
    await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': seasonCountsPartition(seasonId, shard) },
      }),
    )
  ).Items ?? [];

/** Forgets that the season's counters were ever initialised (as a season stored before counting began). */
export const dropCounterState = async (seasonId: string): Promise<void> => {
  await Promise.all(
    Array.from({ length: APPLICATION_SHARDS }, (_, shard) =>
      client.send(new DeleteCommand({ TableName: tableName, Key: seasonCountsStateKey(seasonId, shard) })),
    ),
  );
};
