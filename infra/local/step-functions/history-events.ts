import type { HistoryEvent, HistoryEventType } from '@aws-sdk/client-sfn';
import type { StateMachine } from 'aws-local-stepfunctions';
import type { JsonValue, LocalStateMachine } from './local-state-machine.ts';
import type { MapEvent, MapStates } from './map-states.ts';
import type { TaskCalls, TaskPlace } from './task-calls.ts';

/** One event of aws-local-stepfunctions' execution log. */
export type EventLog = ReturnType<StateMachine['run']>['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

type StateEvent = Extract<EventLog, { state: unknown }>;

/** A history event before it gets its place (id, previousEventId) in the execution's history. */
export type HistoryEntry = Omit<HistoryEvent, 'id' | 'previousEventId'>;

export interface StopReason {
  readonly error?: string;
  readonly cause?: string;
}

const json = (value: unknown): string => JSON.stringify(value ?? null);
const text = (value: unknown): string => (typeof value === 'string' ? value : json(value));
const notTruncated = { truncated: false };

const entry = (event: EventLog, type: HistoryEventType, details: Partial<HistoryEvent> = {}): HistoryEntry => ({
  timestamp: new Date(event.timestamp),
  type,
  ...details,
});

/**
 * Translates one library event into the events AWS Step Functions writes to an execution's
 * history for the same moment (names and detail fields as in GetExecutionHistory), so a reader
 * of the local history sees what the AWS console would show.
 */
export const historyEntriesFor = (
  event: EventLog,
  machine: LocalStateMachine,
  taskCalls: TaskCalls,
  maps: MapStates,
  stopReason: StopReason,
): HistoryEntry[] => {
  if (
    'index' in event &&
    event.type !== 'MapIterationStarted' &&
    event.type !== 'MapIterationSucceeded' &&
    event.type !== 'MapIterationFailed' &&
    maps.isCut(event.index)
  )
    return [];
  const mapEntries = (events: readonly MapEvent[]): HistoryEntry[] =>
    events.map((mapEvent) => entry(event, mapEvent.type, mapEvent.details));
  switch (event.type) {
    case 'ExecutionStarted':
      return [
        entry(event, 'ExecutionStarted', {
          executionStartedEventDetails: { input: json(event.input), inputDetails: notTruncated, roleArn: machine.roleArn },
        }),
      ];
    case 'ExecutionSucceeded':
      return [
        entry(event, 'ExecutionSucceeded', { executionSucceededEventDetails: { output: json(event.output), outputDetails: notTruncated } }),
      ];
    case 'ExecutionFailed':
      return [entry(event, 'ExecutionFailed', { executionFailedEventDetails: { error: event.Error, cause: text(event.Cause) } })];
    case 'ExecutionAborted':
      return [entry(event, 'ExecutionAborted', { executionAbortedEventDetails: { ...stopReason } })];
    case 'ExecutionTimeout':
      return [entry(event, 'ExecutionTimedOut', { executionTimedOutEventDetails: { error: 'States.Timeout' } })];
    case 'StateEntered': {
      const entered = entry(event, `${event.state.type}StateEntered`, {
        stateEnteredEventDetails: { name: event.state.name, input: json(event.state.input), inputDetails: notTruncated },
      });
      if (event.index !== undefined) {
        const cut = maps.enteredInIteration(event.index, event.state.type);
        if (cut.length > 0) return [entered, ...mapEntries(cut)];
      }
      if (event.state.type === 'Map') return [entered, ...mapEntries(maps.started(event.state.name, event.state.input as JsonValue))];
      return event.state.type === 'Task' ? [entered, ...lambdaStarted(event, taskCalls)] : [entered];
    }
    case 'StateRetried':
      // AWS has no "retried" event: the retry shows as the function being scheduled again.
      return event.state.type === 'Task' ? lambdaStarted(event, taskCalls) : [];
    case 'StateFailed': {
      if (event.state.type === 'Map') return mapEntries(maps.failed(event.state.name));
      if (event.index !== undefined) maps.failedInIteration(event.index);
      if (event.state.type !== 'Task' || taskCalls.settle(placeOf(event)) === undefined) return [];
      const details = { error: event.Error, cause: text(event.Cause) };
      return event.Error === 'States.Timeout'
        ? [entry(event, 'LambdaFunctionTimedOut', { lambdaFunctionTimedOutEventDetails: details })]
        : [entry(event, 'LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: details })];
    }
    case 'StateExited': {
      if (event.state.type === 'Fail') return [];
      const exited = entry(event, `${event.state.type}StateExited`, {
        stateExitedEventDetails: { name: event.state.name, output: json(event.state.output), outputDetails: notTruncated },
      });
      if (event.state.type === 'Map') return [...mapEntries(maps.exited(event.state.name)), exited];
      const call = event.state.type === 'Task' ? taskCalls.settle(placeOf(event)) : undefined;
      return call === undefined
        ? [exited]
        : [
            entry(event, 'LambdaFunctionSucceeded', {
              lambdaFunctionSucceededEventDetails: { output: json(call.output), outputDetails: notTruncated },
            }),
            exited,
          ];
    }
    case 'MapIterationStarted':
      maps.iterationStarted(event.parentState.name, event.index);
      return [
        entry(event, 'MapIterationStarted', { mapIterationStartedEventDetails: { name: event.parentState.name, index: event.index } }),
      ];
    case 'MapIterationSucceeded':
      maps.iterationSucceeded(event.parentState.name, event.index);
      return [
        entry(event, 'MapIterationSucceeded', { mapIterationSucceededEventDetails: { name: event.parentState.name, index: event.index } }),
      ];
    case 'MapIterationFailed':
      return mapEntries(maps.iterationFailed(event.parentState.name, event.index));
    // Catching shows in AWS only as the next state being entered; branches have no events of their own.
    case 'StateCaught':
      if (event.index !== undefined) maps.caughtInIteration(event.index);
      return [];
    case 'ParallelBranchStarted':
    case 'ParallelBranchSucceeded':
    case 'ParallelBranchFailed':
      return [];
  }
};

/** A state event's Task place: a state event forwarded from a Map iteration carries its index. */
const placeOf = (event: StateEvent): TaskPlace => ({ stateName: event.state.name, iteration: event.index });

const lambdaStarted = (event: StateEvent, taskCalls: TaskCalls): HistoryEntry[] => {
  const call = taskCalls.announce(placeOf(event));
  if (call === undefined) return [];
  return [
    entry(event, 'LambdaFunctionScheduled', {
      lambdaFunctionScheduledEventDetails: { resource: call.resource, input: json(call.input), inputDetails: notTruncated },
    }),
    entry(event, 'LambdaFunctionStarted'),
  ];
};
