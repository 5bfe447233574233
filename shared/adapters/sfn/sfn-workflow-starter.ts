import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  type SFNClient,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { STATE_MACHINES } from '../../platform/workflow/state-machine-manifest.ts';
import { requireEnv } from '../../platform/config/env.ts';
import {
  EXECUTION_STATES,
  type ExecutionState,
  type WorkflowStart,
  type WorkflowStarter,
} from '../../platform/workflow/workflow-starter.ts';

/**
 * Starts executions through the Step Functions API (AWS, or the local cloud's Step Functions
 * server via SFN_ENDPOINT). The state machine ARN comes from the env var the manifest names, read
 * at start time so that a function that never starts a workflow does not need it.
 */
export class SfnWorkflowStarter implements WorkflowStarter {
  readonly #clientOf: () => SFNClient;

  /**
   * A client, or how to get one at first use: a module that builds its dependencies at import
   * (the workflow Lambda's) then reads SFN_ENDPOINT only when it first starts or describes an
   * execution, so a test process can point it at a Step Functions server of its own first.
   */
  constructor(client: SFNClient | (() => SFNClient)) {
    this.#clientOf = typeof client === 'function' ? client : () => client;
  }

  get #client(): SFNClient {
    return this.#clientOf();
  }

  #machineArn(workflow: WorkflowStart['workflow']): string {
    const machine = STATE_MACHINES.find((candidate) => candidate.name === workflow);
    if (machine === undefined) throw new Error(`No state machine named ${workflow} in the manifest`);
    return requireEnv(machine.arnEnvVar);
  }

  async describe(request: Pick<WorkflowStart, 'workflow' | 'executionName'>): Promise<ExecutionState> {
    try {
      const { status } = await this.#client.send(
        new DescribeExecutionCommand({ executionArn: executionArnOf(this.#machineArn(request.workflow), request.executionName) }),
      );
      const known = EXECUTION_STATES.find((state) => state === status);
      if (known === undefined) throw new Error(`DescribeExecution returned an unknown status: ${String(status)}`);
      return known;
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) return 'NOT_FOUND';
      throw error;
    }
  }

  async start(request: WorkflowStart): Promise<{ readonly executionArn: string; readonly alreadyStarted: boolean }> {
    const stateMachineArn = this.#machineArn(request.workflow);
    try {
      const { executionArn } = await this.#client.send(
        new StartExecutionCommand({ stateMachineArn, name: request.executionName, input: JSON.stringify(request.input) }),
      );
      if (executionArn === undefined) throw new Error('StartExecution returned no executionArn');
      return { executionArn, alreadyStarted: false };
    } catch (error) {
      // The same name was started before (a retried request): that execution is the one we wanted.
      if (error instanceof ExecutionAlreadyExists) {
        return { executionArn: executionArnOf(stateMachineArn, request.executionName), alreadyStarted: true };
      }
      throw error;
    }
  }
}

/** arn:aws:states:<region>:<account>:stateMachine:<name> -> arn:aws:states:<region>:<account>:execution:<name>:<execution> */
const executionArnOf = (stateMachineArn: string, executionName: string): string =>
  `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
