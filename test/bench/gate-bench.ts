import { StopExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import { SfnWorkflowStarter } from '../../shared/adapters/sfn/sfn-workflow-starter.ts';
import { reconcileGateRuns } from '../../shared/progression/use-cases/gates/reconcile-gate-runs.ts';
import { applicationIdOfPartitionKey, ENTITY } from '../../shared/platform/keys/keys.ts';
import type { GateRun } from '../../shared/progression/gate-run-schema.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import type { ApiEventInit, HandlerResponse } from '../support/api-event.ts';
import { waitFor } from '../support/wait-for.ts';
import type { MeteredRequest } from './capacity-meter.ts';
import { billedTransitions } from './execution-transitions.ts';
import type { TaskMeter } from './metered-workflow-tasks.ts';
import { BENCH_GATE, seedGateSeason, type SeededSeason } from '../support/seed-gate-season.ts';

export interface GateBenchContext {
  readonly tableName: string;
  /** A client of the bench's own, unmetered: seeding, watching the run and checking the outcome are not the gate's work. */
  readonly benchClient: DynamoDBDocumentClient;
  /** The meter on the client the Lambdas use. */
  readonly meter: { readonly take: () => MeteredRequest[] };
  readonly tasks: TaskMeter;
  readonly sfn: SFNClient;
  /** The applications Lambda (the gate's start and resume routes). */
  readonly callApplications: (init: ApiEventInit) => Promise<HandlerResponse>;
}

export interface GateMeasurement {
  readonly size: number;
  readonly seedSeconds: number;
  /** From the start request until the run is recorded as succeeded (with the interruption, if any). */
  readonly seconds: number;
  readonly executions: readonly string[];
  readonly transitions: number;
  readonly retries: number;
  readonly invocations: number;
  readonly pageInvocations: number;
  readonly billedMs: number;
  readonly dynamoRequests: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly mails: number;
  readonly run: Pick<GateRun, 'seen' | 'moved' | 'skipped' | 'alreadyMoved' | 'failures'>;
  /** When the execution was stopped: how far the run had come. */
  readonly interruptedAtSeen?: number;
  /** Problems found checking every application and mail afterwards; empty when each moved exactly once. */
  readonly problems: readonly string[];
}

const WATCH = { intervalMs: 250, timeoutMs: 3 * 60 * 60 * 1000 };

/**
 * Every seeded application's stage and how many history events record the gate's move, read with
 * a parallel Scan (one pass over the table instead of a Query per application).
 */
const movesOf = async (context: GateBenchContext, season: SeededSeason): Promise<Map<string, { stage?: string; moves: number }>> => {
  const found = new Map<string, { stage?: string; moves: number }>(
    season.applicants.map((applicant) => [applicant.applicationId, { moves: 0 }]),
  );
  const SEGMENTS = 8;
  await Promise.all(
    Array.from({ length: SEGMENTS }, async (_, segment) => {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await context.benchClient.send(
          new ScanCommand({
            TableName: context.tableName,
            Segment: segment,
            TotalSegments: SEGMENTS,
            FilterExpression: '(entity = :application AND seasonId = :season) OR (entity = :event AND toStage = :to AND fromStage = :from)',
            ExpressionAttributeValues: {
              ':application': ENTITY.application,
              ':event': ENTITY.applicationEvent,
              ':season': season.seasonId,
              ':to': BENCH_GATE.to,
              ':from': BENCH_GATE.from,
            },
            ProjectionExpression: 'pk, entity, id, stage',
            ExclusiveStartKey: start,
          }),
        );
        for (const item of page.Items ?? []) {
          const id = item['entity'] === ENTITY.application ? String(item['id']) : (applicationIdOfPartitionKey(String(item['pk'])) ?? '');
          const entry = found.get(id);
          if (entry === undefined) continue;
          if (item['entity'] === ENTITY.application) entry.stage = String(item['stage']);
          else entry.moves += 1;
        }
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
    }),
  );
  return found;
};

/** Every shortlisted application moved once and mailed once; every other one left in place, unmailed. */
const check = async (context: GateBenchContext, season: SeededSeason): Promise<string[]> => {
  const moves = await movesOf(context, season);
  const problems: string[] = [];
  const count = (label: string, failing: number) => {
    if (failing > 0) problems.push(`${failing} ${label}`);
  };
  const shortlisted = season.applicants.filter((applicant) => applicant.shortlisted);
  const others = season.applicants.filter((applicant) => !applicant.shortlisted);
  count(
    'shortlisted application(s) not in the gate’s stage',
    shortlisted.filter((applicant) => moves.get(applicant.applicationId)?.stage !== BENCH_GATE.to).length,
  );
  count(
    'shortlisted application(s) whose history does not hold exactly one move',
    shortlisted.filter((applicant) => moves.get(applicant.applicationId)?.moves !== 1).length,
  );
  count(
    'shortlisted applicant(s) not mailed exactly once',
    shortlisted.filter((applicant) => context.tasks.mailsTo.get(applicant.email) !== 1).length,
  );
  count(
    'application(s) off the shortlist that moved',
    others.filter(
      (applicant) => moves.get(applicant.applicationId)?.stage !== BENCH_GATE.from || moves.get(applicant.applicationId)?.moves !== 0,
    ).length,
  );
  count('applicant(s) off the shortlist who were mailed', others.filter((applicant) => context.tasks.mailsTo.has(applicant.email)).length);
  return problems;
};

/**
 * One gate over `size` applications, through the real start route, the local Step Functions server
 * running the real cohortGate ASL, and the real workflow Lambda in process; timed from the start
 * request until the run is recorded as succeeded. With `interrupt`, the execution is stopped once
 * half the applications were seen (its in-flight Lambda invocations run on, as they would in AWS)
 * and reconcileGateRuns resumes the run from its checkpoints at once, while those still finish.
 */
export const benchGate = async (
  context: GateBenchContext,
  size: number,
  { interrupt }: { readonly interrupt: boolean },
): Promise<GateMeasurement> => {
  const seedStarted = performance.now();
  const season = await seedGateSeason(context.benchClient, context.tableName, size);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const gateRuns = new DynamoDbGateRunRepository(context.benchClient, context.tableName);
  const staff = { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': season.programmeId };

  context.meter.take();
  const tasksBefore = {
    invocations: [...context.tasks.invocations.values()].reduce((a, b) => a + b, 0),
    pages: context.tasks.invocations.get('processGatePage') ?? 0,
    billedMs: context.tasks.billedMs,
  };
  context.tasks.mailsTo.clear();
  const started = performance.now();
  const start = await context.callApplications({
    method: 'POST',
    route: '/seasons/{seasonId}/gates',
    pathParameters: { seasonId: season.seasonId },
    claims: staff,
    body: BENCH_GATE,
  });
  if (start.status !== 202) throw new Error(`The gate did not start: ${start.status} ${JSON.stringify(start.body)}`);
  const gateRunId = String(start.body['gateRunId']);
  const executions = [String(start.body['executionArn'])];
  const runNow = async () => (await gateRuns.find(season.seasonId, gateRunId)) ?? Promise.reject(new Error('The gate run is gone'));

  let interruptedAtSeen: number | undefined;
  if (interrupt) {
    const halfway = await waitFor(
      async () => {
        const run = await runNow();
        return run.seen >= size / 2 && run.status === 'running' ? run : undefined;
      },
      { ...WATCH, description: `the gate over ${size} to reach half way` },
    );
    interruptedAtSeen = halfway.seen;
    await context.sfn.send(
      new StopExecutionCommand({
        executionArn: executions[0],
        error: 'BenchInterrupted',
        cause: 'Stopped by npm run bench half way through',
      }),
    );
    // What the calendar tick does every minute: a running run whose execution has ended is marked
    // interrupted and continues from its checkpoints in a new execution.
    const reconciled = await reconcileGateRuns(
      { gateRuns, workflows: new SfnWorkflowStarter(context.sfn), clock: () => new Date() },
      new Date(),
    );
    const ours = reconciled.find((entry) => entry.runId === gateRunId);
    if (ours?.outcome !== 'resumed') throw new Error(`The stopped gate run was not resumed: ${JSON.stringify(ours)}`);
  }

  const finished = await waitFor(
    async () => {
      const run = await runNow();
      return run.status === 'running' ? undefined : run;
    },
    { ...WATCH, description: `the gate over ${size} to finish` },
  );
  const seconds = (performance.now() - started) / 1000;
  // Execution k of a run is named gate-<runId>-<k> (start-gate-execution.ts).
  for (let execution = executions.length + 1; execution <= finished.executions; execution += 1)
    executions.push(executions[0]!.replace(/-1$/, `-${execution}`));
  if (finished.status !== 'succeeded')
    throw new Error(`The gate over ${size} ended ${finished.status}: ${JSON.stringify(finished.failures)}`);
  // Stragglers of a stopped execution (its Lambda invocations run on, as in AWS) belong to the count.
  await waitFor(() => context.tasks.inFlight === 0, { ...WATCH, description: 'the workflow Lambda to go idle' });
  const requests = context.meter.take();

  const counted = valuesOrFirstFailure(await settleInParallel(executions, 2, (arn) => billedTransitions(context.sfn, arn)));
  return {
    size,
    seedSeconds,
    seconds,
    executions,
    transitions: counted.reduce((total, execution) => total + execution.transitions, 0),
    retries: counted.reduce((total, execution) => total + execution.retries, 0),
    invocations: [...context.tasks.invocations.values()].reduce((a, b) => a + b, 0) - tasksBefore.invocations,
    pageInvocations: (context.tasks.invocations.get('processGatePage') ?? 0) - tasksBefore.pages,
    billedMs: context.tasks.billedMs - tasksBefore.billedMs,
    dynamoRequests: requests.length,
    readUnits: requests.reduce((total, request) => total + request.readUnits, 0),
    writeUnits: requests.reduce((total, request) => total + request.writeUnits, 0),
    mails: [...context.tasks.mailsTo.values()].reduce((a, b) => a + b, 0),
    run: {
      seen: finished.seen,
      moved: finished.moved,
      skipped: finished.skipped,
      alreadyMoved: finished.alreadyMoved,
      failures: finished.failures,
    },
    ...(interruptedAtSeen === undefined ? {} : { interruptedAtSeen }),
    problems: await check(context, season),
  };
};
