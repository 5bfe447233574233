import { randomUUID } from 'node:crypto';
import type { SFNClient } from '@aws-sdk/client-sfn';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requireEnv } from '../../shared/platform/config/env.ts';
import { STATE_MACHINES, type StateMachineName } from '../../shared/platform/workflow/state-machine-manifest.ts';
import type { ApiEventInit, HandlerResponse } from '../support/api-event.ts';
import { waitFor } from '../support/wait-for.ts';
import type { MeteredRequest } from './capacity-meter.ts';
import { billedTransitions } from './execution-transitions.ts';
import type { TaskMeter } from './metered-workflow-tasks.ts';

/** What a staff job's run cost, as counted: every DynamoDB request of its route and execution, its billed transitions, its Lambda time. */
export interface WorkflowRunWork {
  readonly requests: number;
  readonly readUnits: number;
  readonly writeUnits: number;
  readonly transitions: number;
  readonly retries: number;
  readonly invocations: number;
  readonly billedMs: number;
}

/** What a job run's bench is handed: the table, a client of its own to seed and watch through (not metered), the meters, Step Functions. */
export interface WorkflowRunBenchContext {
  readonly tableName: string;
  readonly benchClient: DynamoDBDocumentClient;
  readonly meter: { readonly take: () => MeteredRequest[] };
  readonly tasks: TaskMeter;
  readonly sfn: SFNClient;
}

const WATCH = { intervalMs: 500, timeoutMs: 60 * 60 * 1000 };
const invocationsOf = (tasks: TaskMeter): number => [...tasks.invocations.values()].reduce((total, count) => total + count, 0);

/** What the bench reads of a run: whether it ended well, and which execution ran it. */
interface JobRun {
  readonly id: string;
  readonly executions: number;
  readonly status: string;
  readonly failures: readonly unknown[];
}

/**
 * ONE staff job run (a review assignment run, a matching run) started through its route by staff
 * of the programme, timed from the start request until the run is recorded as ended, then its
 * work counted once its last task has returned: the DynamoDB requests the meter saw since the
 * start, the execution's billed state transitions read from its history, the workflow Lambda's
 * invocations and billed time. The run is watched through `find`, on the bench's own client, so
 * the watching is not counted as the run's work.
 */
export const measureWorkflowRun = async <R extends JobRun>(
  context: Pick<WorkflowRunBenchContext, 'meter' | 'tasks' | 'sfn'>,
  job: {
    /** How the errors name the run: `assignment run`, `matching run`. */
    readonly name: string;
    readonly machine: StateMachineName;
    readonly call: (init: ApiEventInit) => Promise<HandlerResponse>;
    readonly route: string;
    readonly programmeId: string;
    readonly seasonId: string;
    readonly body: Record<string, unknown>;
    readonly find: (seasonId: string, runId: string) => Promise<R | undefined>;
    readonly executionName: (run: JobRun) => string;
    /** What the wait for the run's end names if it never comes. */
    readonly description: string;
  },
): Promise<{ readonly run: R; readonly seconds: number; readonly work: WorkflowRunWork }> => {
  const { seasonId } = job;
  const staff = { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': job.programmeId };
  context.meter.take();
  const tasksBefore = { invocations: invocationsOf(context.tasks), billedMs: context.tasks.billedMs };
  const started = performance.now();
  const answer = await job.call({
    method: 'POST',
    route: job.route,
    pathParameters: { seasonId },
    headers: { 'idempotency-key': randomUUID() },
    claims: staff,
    body: job.body,
  });
  if (answer.status !== 202) throw new Error(`The ${job.name} was refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  const runId = String(answer.body['id']);
  const run = await waitFor(
    async () => {
      const current = await job.find(seasonId, runId);
      return current?.status !== 'running' && current;
    },
    { ...WATCH, description: job.description },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 'succeeded') throw new Error(`The ${job.name} ${run.status}: ${JSON.stringify(run.failures)}`);
  // The Finish task's own writes land after the run reads as ended: wait for the Lambda to return.
  await waitFor(async () => context.tasks.inFlight === 0, { ...WATCH, description: 'the last task to return' });
  const requests = context.meter.take();
  const machine = STATE_MACHINES.find((candidate) => candidate.name === job.machine);
  if (machine === undefined) throw new Error(`No ${job.machine} machine in the manifest`);
  const executionArn = `${requireEnv(machine.arnEnvVar).replace(':stateMachine:', ':execution:')}:${job.executionName(run)}`;
  const { transitions, retries } = await billedTransitions(context.sfn, executionArn);
  return {
    run,
    seconds,
    work: {
      requests: requests.length,
      readUnits: requests.reduce((total, request) => total + request.readUnits, 0),
      writeUnits: requests.reduce((total, request) => total + request.writeUnits, 0),
      transitions,
      retries,
      invocations: invocationsOf(context.tasks) - tasksBefore.invocations,
      billedMs: context.tasks.billedMs - tasksBefore.billedMs,
    },
  };
};
