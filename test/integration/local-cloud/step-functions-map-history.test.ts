import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { lambdaFunctionArn } from '../../../infra/local/step-functions/arns.ts';
import { inProcessInvoker, type LambdaHandler } from '../../../infra/local/step-functions/in-process-lambda.ts';
import { defineLocalStateMachine } from '../../../infra/local/step-functions/local-state-machine.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { waitFor } from '../../support/wait-for.ts';

/**
 * A Map state's history on the local Step Functions server, as AWS writes it: the Map-level
 * events (started with its length, succeeded, an iteration's failure cutting its siblings), and
 * retries of a Task inside parallel Map iterations. For the retries: two iterations
 * run the same Task state at once; one always fails with a retryable error (MaxAttempts 3, so
 * four attempts), the other succeeds while the first one's attempt is in flight. The handlers
 * hold each other back until the history shows the interleaving, so it is the same every run:
 * both calls scheduled, then the partner's Task exits, then the poisoned attempt fails. The
 * cohortGate history once showed 3 LambdaFunctionFailed instead of 4 in exactly this situation.
 */
class TransientError extends Error {
  override name = 'TransientError';
}

const MAP_ASL = JSON.stringify({
  StartAt: 'Items',
  States: {
    Items: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'item.$': '$$.Map.Item.Value' },
      MaxConcurrency: 4,
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Work',
        States: {
          Work: {
            Type: 'Task',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: an ASL placeholder, substituted by the local cloud as CDK would.
            Resource: '${WorkFunctionArn}',
            Parameters: { 'item.$': '$.item', 'executionId.$': '$$.Execution.Id' },
            ResultPath: '$.result',
            Retry: [{ ErrorEquals: ['TransientError'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 1, JitterStrategy: 'FULL' }],
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'ItemFailed' }],
            End: true,
          },
          ItemFailed: { Type: 'Fail', Error: 'ItemFailed', Cause: 'An item failed after its retries' },
        },
      },
      ResultPath: null,
      End: true,
    },
  },
});

let server: StepFunctionsServerHandle;
let sfn: SFNClient;
let machineArn: string;

const history = async (executionArn: string): Promise<HistoryEvent[]> =>
  (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];
const finished = (executionArn: string) =>
  waitFor(
    async () => {
      const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return described.status !== 'RUNNING' && described;
    },
    { description: `execution ${executionArn} to finish`, timeoutMs: 15_000 },
  );
const count = (events: readonly HistoryEvent[], type: string) => events.filter((event) => event.type === type).length;

/** `chain` items finish last-first: item k returns only after item k + 1 has returned. */
const chainReturned = new Map<string, { promise: Promise<void>; resolve: () => void }>();
const chainLink = (executionId: string, position: number) => {
  const key = `${executionId}#${position}`;
  let link = chainReturned.get(key);
  if (link === undefined) {
    let resolve = () => {};
    const promise = new Promise<void>((resolved) => (resolve = resolved));
    link = { promise, resolve };
    chainReturned.set(key, link);
  }
  return link;
};

/** `cut-*` items run until the test lets them go: still running when their sibling fails. */
let releaseCut = () => {};
const cutReleased = new Promise<void>((resolve) => (releaseCut = resolve));

const poisonAttempts = new Map<string, number>();
const workHandler: LambdaHandler = async (event) => {
  const { item, executionId } = event as { item: string; executionId: string };
  if (item.startsWith('cut-')) {
    await cutReleased;
    return { done: item };
  }
  if (item === 'fail-fast') {
    await waitFor(async () => count(await history(executionId), 'LambdaFunctionScheduled') >= 3, {
      description: 'every call to be in flight',
    });
    throw new Error('not retryable');
  }
  if (item.startsWith('chain-')) {
    const [position, length] = item.slice('chain-'.length).split('-of-').map(Number) as [number, number];
    if (position < length - 1) await chainLink(executionId, position + 1).promise;
    chainLink(executionId, position).resolve();
    return { done: item };
  }
  if (item === 'partner') {
    // Finish only once both iterations' calls are in flight.
    await waitFor(async () => count(await history(executionId), 'LambdaFunctionScheduled') >= 2, {
      description: 'both calls to be scheduled',
    });
    return { done: item };
  }
  const attempt = (poisonAttempts.get(executionId) ?? 0) + 1;
  poisonAttempts.set(executionId, attempt);
  // The first attempt fails only after the partner's Task, running beside it, has exited.
  if (attempt === 1)
    await waitFor(async () => count(await history(executionId), 'TaskStateExited') >= 1, { description: "the partner's Task to exit" });
  throw new TransientError(`attempt ${attempt}`);
};

beforeAll(async () => {
  const machine = defineLocalStateMachine({
    name: 'cadre-test-map-history',
    region: LOCAL_REGION,
    type: 'STANDARD',
    sourceText: MAP_ASL,
    substitutions: {
      WorkFunctionArn: {
        resource: lambdaFunctionArn(LOCAL_REGION, 'cadre-test-map-work'),
        invoke: inProcessInvoker('cadre-test-map-work', async () => workHandler),
      },
    },
  });
  machineArn = machine.arn;
  server = await startStepFunctionsServer({ port: 0, machines: [machine] });
  sfn = new SFNClient({ endpoint: server.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
});

afterAll(async () => {
  releaseCut();
  sfn.destroy();
  await server.stop();
});

describe('local Step Functions server: the history of a Map state', () => {
  it('records every attempt of a Task that another iteration runs at the same time, each with its own call', async () => {
    const started = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: machineArn,
        name: randomUUID(),
        input: JSON.stringify({ items: ['poison', 'partner'] }),
      }),
    );
    const executionArn = started.executionArn ?? assert.fail('no executionArn');
    const execution = await finished(executionArn);
    assert.equal(execution.status, 'FAILED');
    assert.equal(execution.error, 'ItemFailed');
    assert.equal(poisonAttempts.get(executionArn), 4, 'the library made one attempt and three retries');

    const events = await history(executionArn);
    const types = events.map((event) => event.type).join(' ');
    // One call for the partner, four for the poisoned item: each scheduled, started and concluded once.
    assert.equal(count(events, 'LambdaFunctionScheduled'), 5, types);
    assert.equal(count(events, 'LambdaFunctionStarted'), 5, types);
    assert.equal(count(events, 'LambdaFunctionFailed'), 4, types);
    assert.equal(count(events, 'LambdaFunctionSucceeded'), 1, types);

    const scheduledItems = events.flatMap((event) =>
      event.type === 'LambdaFunctionScheduled' ? [JSON.parse(event.lambdaFunctionScheduledEventDetails?.input ?? '{}').item] : [],
    );
    assert.deepEqual(scheduledItems.toSorted(), ['partner', 'poison', 'poison', 'poison', 'poison']);
    const failures = events.flatMap((event) =>
      event.type === 'LambdaFunctionFailed' ? [JSON.parse(event.lambdaFunctionFailedEventDetails?.cause ?? '{}').errorMessage] : [],
    );
    assert.deepEqual(failures, ['attempt 1', 'attempt 2', 'attempt 3', 'attempt 4']);
    const succeeded = events.find((event) => event.type === 'LambdaFunctionSucceeded');
    assert.deepEqual(JSON.parse(succeeded?.lambdaFunctionSucceededEventDetails?.output ?? 'null'), { done: 'partner' });

    assert.deepEqual([count(events, 'MapIterationSucceeded'), count(events, 'MapIterationFailed')], [1, 1], types);
    assert.equal(events.at(-1)?.type, 'ExecutionFailed');
  });

  it('pairs the state events of each iteration with its own call when the calls end in another order than they began', async () => {
    const items = [0, 1, 2, 3].map((position) => `chain-${position}-of-4`);
    const started = await sfn.send(
      new StartExecutionCommand({ stateMachineArn: machineArn, name: randomUUID(), input: JSON.stringify({ items }) }),
    );
    const executionArn = started.executionArn ?? assert.fail('no executionArn');
    const execution = await finished(executionArn);
    assert.equal(execution.status, 'SUCCEEDED', execution.cause);

    const events = await history(executionArn);
    const item = (payload: string | undefined): unknown => JSON.parse(payload ?? '{}').item;
    const scheduled = events.flatMap((event, index) =>
      event.type === 'LambdaFunctionScheduled' ? [[events[index - 1], event] as const] : [],
    );
    assert.equal(scheduled.length, 4);
    for (const [entered, call] of scheduled) {
      assert.equal(entered?.type, 'TaskStateEntered');
      assert.equal(
        item(call.lambdaFunctionScheduledEventDetails?.input),
        item(entered?.stateEnteredEventDetails?.input),
        'scheduled with the input of the state it follows',
      );
    }
    const succeeded = events.flatMap((event, index) =>
      event.type === 'LambdaFunctionSucceeded' ? [[event, events[index + 1]] as const] : [],
    );
    assert.deepEqual(
      succeeded.map(([call]) => JSON.parse(call.lambdaFunctionSucceededEventDetails?.output ?? '{}').done),
      items.toReversed(),
      'the calls returned last-first',
    );
    for (const [call, exited] of succeeded) {
      assert.equal(exited?.type, 'TaskStateExited');
      assert.deepEqual(
        JSON.parse(call.lambdaFunctionSucceededEventDetails?.output ?? '{}'),
        JSON.parse(exited?.stateExitedEventDetails?.output ?? '{}').result,
      );
    }
  });

  it('writes the Map-level events AWS writes: started with its length, succeeded before it exits', async () => {
    const items = [0, 1, 2, 3].map((position) => `chain-${position}-of-4`);
    const started = await sfn.send(
      new StartExecutionCommand({ stateMachineArn: machineArn, name: randomUUID(), input: JSON.stringify({ items }) }),
    );
    const executionArn = started.executionArn ?? assert.fail('no executionArn');
    assert.equal((await finished(executionArn)).status, 'SUCCEEDED');
    const events = await history(executionArn);
    assert.deepEqual(
      events.slice(0, 4).map((event) => event.type),
      ['ExecutionStarted', 'MapStateEntered', 'MapStateStarted', 'MapIterationStarted'],
    );
    assert.deepEqual(events[2]?.mapStateStartedEventDetails, { length: 4 });
    assert.deepEqual(
      events.slice(-3).map((event) => event.type),
      ['MapStateSucceeded', 'MapStateExited', 'ExecutionSucceeded'],
    );
  });

  it('cuts the iterations still running when one fails, as AWS records it, and shows nothing of them after', async () => {
    const started = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: machineArn,
        name: randomUUID(),
        input: JSON.stringify({ items: ['cut-0', 'fail-fast', 'cut-2'] }),
      }),
    );
    const executionArn = started.executionArn ?? assert.fail('no executionArn');
    const execution = await finished(executionArn);
    assert.deepEqual([execution.status, execution.error], ['FAILED', 'ItemFailed']);
    const events = await history(executionArn);
    const types = events.map((event) => event.type);
    const failState = types.indexOf('FailStateEntered');
    assert.ok(failState > 0, types.join(' '));
    assert.deepEqual(types.slice(failState + 1), [
      'MapIterationAborted',
      'TaskStateAborted',
      'MapIterationAborted',
      'TaskStateAborted',
      'MapIterationFailed',
      'MapStateFailed',
      'ExecutionFailed',
    ]);
    const aborted = events.flatMap((event) => (event.type === 'MapIterationAborted' ? [event.mapIterationAbortedEventDetails] : []));
    assert.deepEqual(aborted, [
      { name: 'Items', index: 0 },
      { name: 'Items', index: 2 },
    ]);
    assert.deepEqual(events.find((event) => event.type === 'MapIterationFailed')?.mapIterationFailedEventDetails, {
      name: 'Items',
      index: 1,
    });
    // The cut calls end after the execution; nothing of theirs is added to its history.
    releaseCut();
    const length = events.length;
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal((await history(executionArn)).length, length);
  });
});
