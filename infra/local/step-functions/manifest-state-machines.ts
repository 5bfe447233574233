import { readFile } from 'node:fs/promises';
import type { ScheduleTarget } from '../../schedules/index.ts';
import {
  STATE_MACHINES,
  type StateMachineManifest,
  type WorkflowCapability,
} from '../../../shared/platform/workflow/state-machine-manifest.ts';
import { aslPath } from '../../workflows/asl-path.ts';
import { localName } from '../local-settings.ts';
import { lambdaFunctionArn } from './arns.ts';
import { inProcessInvoker, type LambdaHandler } from './in-process-lambda.ts';
import { defineLocalStateMachine, type LocalStateMachine, type TaskBinding } from './local-state-machine.ts';

/** Loads `functions/<capability>/handler.ts`'s `handler`: the very code the capability's Lambda runs. */
export const importCapabilityHandler = async (capability: WorkflowCapability | ScheduleTarget): Promise<LambdaHandler> => {
  const modulePath = new URL(`../../../functions/${capability}/handler.ts`, import.meta.url);
  const module: unknown = await import(modulePath.href);
  const handler = (module as { handler?: unknown }).handler;
  if (typeof handler !== 'function') throw new Error(`${modulePath.pathname} does not export a handler function`);
  return handler as LambdaHandler;
};

export const localStateMachineName = (machine: StateMachineManifest): string => localName(machine.name);

/**
 * Every state machine of the manifest (shared/platform/workflow/state-machine-manifest.ts), read from the same ASL file
 * CDK deploys, each placeholder bound to a local Lambda ARN whose code runs in this process.
 */
export const loadManifestStateMachines = async (
  region: string,
  loadHandler: (capability: WorkflowCapability) => Promise<LambdaHandler> = importCapabilityHandler,
): Promise<LocalStateMachine[]> =>
  Promise.all(
    STATE_MACHINES.map(async (machine: StateMachineManifest) => {
      const substitutions: Record<string, TaskBinding> = {};
      for (const [placeholder, capability] of Object.entries(machine.taskFunctions)) {
        const functionName = localName(capability);
        const resource = lambdaFunctionArn(region, functionName);
        substitutions[placeholder] = { resource, invoke: inProcessInvoker(functionName, () => loadHandler(capability)) };
      }
      return defineLocalStateMachine({
        name: localStateMachineName(machine),
        region,
        type: machine.type,
        sourceText: await readFile(aslPath(machine), 'utf8'),
        substitutions,
      });
    }),
  );
