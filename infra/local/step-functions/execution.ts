import type { ExecutionStatus, HistoryEvent } from '@aws-sdk/client-sfn';
import { executionArn } from './arns.ts';
import { historyEntriesFor, type StopReason } from './history-events.ts';
import type { JsonValue, LocalStateMachine } from './local-state-machine.ts';
import { MapStates } from './map-states.ts';
import { createTaskCalls } from './task-calls.ts';

export interface Execution {
  readonly arn: string;
  readonly name: string;
  readonly machine: LocalStateMachine;
  /** The input string exactly as StartExecution received it. */
  readonly input: string;
  readonly startDate: Date;
  readonly status: ExecutionStatus;
  readonly stopDate?: Date;
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
  readonly history: readonly HistoryEvent[];
  /** Resolves once the execution has ended and its whole history is recorded. */
  readonly settled: Promise<void>;
  /** StopExecution: aborts a running execution. */
  stop(reason: StopReason): void;
}

type MutableExecution = { -readonly [K in keyof Execution]: Execution[K] } & { history: HistoryEvent[] };

/** The end of the history decides the outcome, so DescribeExecution and the history agree. */
const closeOn = (execution: MutableExecution, event: HistoryEvent): void => {
  const close = (status: ExecutionStatus, fields: Partial<MutableExecution>) =>
    Object.assign(execution, { status, stopDate: event.timestamp, ...fields });
  if (event.type === 'ExecutionSucceeded') close('SUCCEEDED', { output: event.executionSucceededEventDetails?.output });
  if (event.type === 'ExecutionFailed') close('FAILED', { ...event.executionFailedEventDetails });
  if (event.type === 'ExecutionTimedOut') close('TIMED_OUT', { ...event.executionTimedOutEventDetails });
};

/**
 * Starts one execution in the background and returns at once, as StartExecution does in AWS.
 * The library's event log is turned into the AWS history as the execution runs.
 */
export const startExecution = (machine: LocalStateMachine, name: string, input: string): Execution => {
  const arn = executionArn(machine.arn, name);
  const startDate = new Date();
  const taskCalls = createTaskCalls(machine);
  const maps = new MapStates(machine.definition);
  let stopReason: StopReason = {};

  const run = machine.runner.run(JSON.parse(input) as JsonValue, {
    overrides: { taskResourceLocalHandlers: taskCalls.handlers },
    noThrowOnAbort: true,
    context: {
      Execution: { Id: arn, Name: name, RoleArn: machine.roleArn },
      StateMachine: { Id: machine.arn, Name: machine.name },
    },
  });
  // The outcome is read from the event log; the result promise only must not go unhandled.
  run.result.catch(() => undefined);

  const execution: MutableExecution = {
    arn,
    name,
    machine,
    input,
    startDate,
    status: 'RUNNING',
    history: [],
    settled: Promise.resolve(),
    stop: (reason) => {
      if (execution.status !== 'RUNNING') return;
      stopReason = reason;
      Object.assign(execution, { status: 'ABORTED', stopDate: new Date(), ...reason });
      run.abort();
    },
  };

  execution.settled = (async () => {
    for await (const logged of run.eventLogs) {
      for (const entry of historyEntriesFor(logged, machine, taskCalls, maps, stopReason)) {
        const id = execution.history.length + 1;
        const event: HistoryEvent = { ...entry, id, previousEventId: id - 1 };
        execution.history.push(event);
        closeOn(execution, event);
      }
    }
  })();
  return execution;
};
