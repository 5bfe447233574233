import type { JsonValue, LocalStateMachine, TaskInvoker } from './local-state-machine.ts';

/** One invocation of a Task's Lambda, as the function saw it. */
export interface TaskCall {
  readonly resource: string;
  readonly input: JsonValue;
  output?: JsonValue;
}

/**
 * What each Task's Lambda was really called with and returned. aws-local-stepfunctions logs a
 * state's raw input, but AWS's LambdaFunction* history events show the payload after
 * `Parameters` and the Lambda's own result, which only the call itself sees. The library calls
 * the Task handler in the same tick it logs StateEntered/StateRetried, so by the time the
 * history reads that event the call is queued here.
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
    announce: (stateName: string): TaskCall | undefined => {
      const call = queued.get(stateName)?.shift();
      if (call !== undefined) inFlight.set(stateName, call);
      return call;
    },
    /** The call a StateFailed/StateExited event concludes, if it has not been concluded yet. */
    settle: (stateName: string): TaskCall | undefined => {
      const call = inFlight.get(stateName);
      inFlight.delete(stateName);
      return call;
    },
  };
};

export type TaskCalls = ReturnType<typeof createTaskCalls>;
