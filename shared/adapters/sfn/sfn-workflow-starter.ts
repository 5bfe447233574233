import { ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { STATE_MACHINES } from '../../../infra/workflows/index.ts';
import { requireEnv } from '../../config/env.ts';
import type { WorkflowStart, WorkflowStarter } from '../../workflow/workflow-starter.ts';

/**
 * Starts executions through the Step Functions API (AWS, or the local cloud's Step Functions
 * server via SFN_ENDPOINT). The state machine ARN comes from the env var the manifest names, read
 * at start time so that a function that never starts a workflow does not need it.
 */
export class SfnWorkflowStarter implements WorkflowStarter {
  readonly #client: SFNClient;

  constructor(client: SFNClient) {
    this.#client = client;
  }

  async start(request: WorkflowStart): Promise<{ readonly executionArn: string; readonly alreadyStarted: boolean }> {
    const machine = STATE_MACHINES.find((candidate) => candidate.name === request.workflow);
    if (machine === undefined) throw new Error(`No state machine named ${request.workflow} in the manifest`);
    const stateMachineArn = requireEnv(machine.arnEnvVar);
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
