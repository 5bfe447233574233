import type { JsonValue, LocalStateMachine, TaskInvoker } from './local-state-machine.ts';

/** One invocation of a Task's Lambda, as the function saw it. */
export interface TaskCall {
  readonly resource: string;
  readonly input: JsonValue;
  output?: JsonValue;
}

/**
 * Where a Task state runs: its name and, inside a Map, the iteration's index (the `index` the
 * library puts on the state events it forwards from a Map iteration). Iterations of one Map run
 * the same Task state at the same time, so the state name alone does not say which call an
 * event concludes. Parallel branches need no index: state names are unique across a state
 * machine, branches included. The library overwrites `index` when it forwards an event through
 * an outer Map, so two iterations of a Map nested in one iteration of another would still share
 * a slot; no cadre workflow nests Maps.
 */
export interface TaskPlace {
  readonly stateName: string;
  readonly iteration?: number | undefined;
}

const slot = ({ stateName, iteration }: TaskPlace): string => `${stateName}\u0000${iteration ?? ''}`;

/**
 * What each Task's Lambda was really called with and returned. aws-local-stepfunctions logs a
 * state's raw input, but AWS's LambdaFunction* history events show the payload after
 * `Parameters` and the Lambda's own result, which only the call itself sees. The library calls
 * the Task handler in the same tick it logs StateEntered/StateRetried, so by the time the
 * history reads that event the call is queued here.
 *
 * Calls are queued per state name, in the order the library made them: the handler is not told
 * which Map iteration calls it. An event from a Map iteration reaches the history a few
 * microtasks after the iteration logged it (aws-local-stepfunctions 3.0.0,
 * MapStateAction.forwardEventsToRootEventLogger re-dispatches each iteration's events from an
 * async loop), so the queue order matches the order of the announcing events only because those
 * loops, running the same code, keep pace with one another; the library does not promise it
 * (test/integration/local-cloud/step-functions-map-history.test.ts checks the pairing for
 * iterations that start together and end in reverse order). The call an event announces is then
 * held per iteration until that iteration's StateFailed/StateExited concludes it: holding it per
 * state name let one iteration's event conclude another's call, and that call's own
 * LambdaFunctionFailed/Succeeded was then dropped.
 */
export const createTaskCalls = (machine: LocalStateMachine) => {
  const queued = new Map<string, TaskCall[]>();
  const inFlight = new Map<string, TaskCall>();

  const handlers: Record<string, TaskInvoker> = {};
  for (const [stateName, binding] of Object.entries(machine.tasks)) {
    handlers[stateName] = async (input) => {
      const call: TaskCall = { resource: binding.resource, input };
      queued.set(stateName, [...(queued.get(stateName) ?? []), call]);
      call.output = await binding.invoke(input);
      return call.output;
    };
  }

  return {
    /** taskResourceLocalHandlers for one run: the bound invokers, recording each call. */
    handlers,
    /** The call a StateEntered/StateRetried event announces. */
    announce: (place: TaskPlace): TaskCall | undefined => {
      const call = queued.get(place.stateName)?.shift();
      if (call !== undefined) inFlight.set(slot(place), call);
      return call;
    },
    /** The call a StateFailed/StateExited event concludes, if it has not been concluded yet. */
    settle: (place: TaskPlace): TaskCall | undefined => {
      const call = inFlight.get(slot(place));
      inFlight.delete(slot(place));
      return call;
    },
  };
};

export type TaskCalls = ReturnType<typeof createTaskCalls>;
