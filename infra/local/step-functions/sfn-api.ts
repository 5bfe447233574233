import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { executionArn } from './arns.ts';
import { startExecution, type Execution } from './execution.ts';
import type { LocalStateMachine } from './local-state-machine.ts';
import {
  executionAlreadyExists,
  executionDoesNotExist,
  invalidExecutionInput,
  invalidName,
  invalidToken,
  stateMachineDoesNotExist,
  validationException,
} from './sfn-errors.ts';

/** Step Functions' own rules for execution names (1–80 characters, none of these). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: Step Functions refuses control characters in names; so does this pattern.
const NAME_PATTERN = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,80}$/u;
const MAX_INPUT_BYTES = 256 * 1024;

const page = z.object({ maxResults: z.number().int().min(0).max(1000).optional(), nextToken: z.string().optional() });
const requests = {
  StartExecution: z.object({
    stateMachineArn: z.string(),
    name: z.string().optional(),
    input: z.string().optional(),
    traceHeader: z.string().optional(),
  }),
  DescribeExecution: z.object({ executionArn: z.string(), includedData: z.string().optional() }),
  StopExecution: z.object({ executionArn: z.string(), error: z.string().optional(), cause: z.string().optional() }),
  ListExecutions: page.extend({
    stateMachineArn: z.string(),
    statusFilter: z.enum(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE']).optional(),
  }),
  GetExecutionHistory: page.extend({
    executionArn: z.string(),
    reverseOrder: z.boolean().optional(),
    includeExecutionData: z.boolean().optional(),
  }),
  DescribeStateMachine: z.object({ stateMachineArn: z.string() }),
  ListStateMachines: page,
};

export type SfnOperation = keyof typeof requests;

/** Offsets in opaque tokens, as AWS's pagination tokens are opaque. */
const paginate = <T>(items: readonly T[], { maxResults, nextToken }: z.infer<typeof page>) => {
  const offset = nextToken === undefined ? 0 : Number(Buffer.from(nextToken, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) throw invalidToken();
  const size = maxResults === undefined || maxResults === 0 ? 100 : maxResults;
  const end = offset + size;
  return { items: items.slice(offset, end), nextToken: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined };
};

const assertValidInput = (input: string): void => {
  if (Buffer.byteLength(input) > MAX_INPUT_BYTES) throw invalidExecutionInput(`larger than ${MAX_INPUT_BYTES} bytes`);
  try {
    JSON.parse(input);
  } catch {
    throw invalidExecutionInput('not valid JSON');
  }
};

/**
 * The Step Functions API over the local state machines: the operations cadre's code and tests
 * call, with the AWS semantics they rely on (idempotent StartExecution, paginated lists).
 */
export const createSfnApi = (machines: readonly LocalStateMachine[]) => {
  const machinesByArn = new Map(machines.map((machine) => [machine.arn, machine]));
  const executions = new Map<string, Execution>();

  const machineFor = (arn: string): LocalStateMachine => {
    const machine = machinesByArn.get(arn);
    if (machine === undefined) throw stateMachineDoesNotExist(arn);
    return machine;
  };
  const executionFor = (arn: string): Execution => {
    const execution = executions.get(arn);
    if (execution === undefined) throw executionDoesNotExist(arn);
    return execution;
  };

  const handlers: { [Op in SfnOperation]: (request: z.infer<(typeof requests)[Op]>) => object } = {
    StartExecution: ({ stateMachineArn, name = randomUUID(), input = '{}' }) => {
      const machine = machineFor(stateMachineArn);
      if (!NAME_PATTERN.test(name)) throw invalidName(name);
      assertValidInput(input);
      const existing = executions.get(executionArn(machine.arn, name));
      if (existing !== undefined) {
        // AWS Standard: the same name and input while it runs is the same call; anything else is a conflict.
        if (existing.status === 'RUNNING' && existing.input === input) return { executionArn: existing.arn, startDate: existing.startDate };
        throw executionAlreadyExists(existing.arn);
      }
      const execution = startExecution(machine, name, input);
      executions.set(execution.arn, execution);
      return { executionArn: execution.arn, startDate: execution.startDate };
    },

    DescribeExecution: ({ executionArn }) => {
      const execution = executionFor(executionArn);
      return {
        executionArn: execution.arn,
        stateMachineArn: execution.machine.arn,
        name: execution.name,
        status: execution.status,
        startDate: execution.startDate,
        stopDate: execution.stopDate,
        input: execution.input,
        inputDetails: { included: true },
        output: execution.output,
        outputDetails: execution.output === undefined ? undefined : { included: true },
        error: execution.error,
        cause: execution.cause,
        redriveCount: 0,
        redriveStatus: 'NOT_REDRIVABLE',
      };
    },

    StopExecution: ({ executionArn, error, cause }) => {
      const execution = executionFor(executionArn);
      execution.stop({ error, cause });
      return { stopDate: execution.stopDate };
    },

    ListExecutions: ({ stateMachineArn, statusFilter, ...paging }) => {
      const machine = machineFor(stateMachineArn);
      const newestFirst = [...executions.values()]
        .filter((execution) => execution.machine === machine && (statusFilter === undefined || execution.status === statusFilter))
        .reverse();
      const { items, nextToken } = paginate(newestFirst, paging);
      return {
        executions: items.map((execution) => ({
          executionArn: execution.arn,
          stateMachineArn: machine.arn,
          name: execution.name,
          status: execution.status,
          startDate: execution.startDate,
          stopDate: execution.stopDate,
        })),
        nextToken,
      };
    },

    GetExecutionHistory: ({ executionArn, reverseOrder = false, ...paging }) => {
      const history = executionFor(executionArn).history;
      const { items, nextToken } = paginate(reverseOrder ? [...history].reverse() : history, paging);
      return { events: items, nextToken };
    },

    DescribeStateMachine: ({ stateMachineArn }) => {
      const machine = machineFor(stateMachineArn);
      return {
        stateMachineArn: machine.arn,
        name: machine.name,
        status: 'ACTIVE',
        definition: machine.definition,
        roleArn: machine.roleArn,
        type: machine.type,
        creationDate: machine.creationDate,
      };
    },

    ListStateMachines: (paging) => {
      const { items, nextToken } = paginate(machines, paging);
      return {
        stateMachines: items.map((machine) => ({
          stateMachineArn: machine.arn,
          name: machine.name,
          type: machine.type,
          creationDate: machine.creationDate,
        })),
        nextToken,
      };
    },
  };

  const isOperation = (name: string): name is SfnOperation => Object.hasOwn(requests, name);

  return {
    isOperation,
    call: (operation: SfnOperation, body: unknown): object => {
      const parsed = requests[operation].safeParse(body);
      if (!parsed.success)
        throw validationException(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      return (handlers[operation] as (request: unknown) => object)(parsed.data);
    },
    /** Aborts every running execution and waits until their histories are complete. */
    stopAll: async (): Promise<void> => {
      for (const execution of executions.values()) execution.stop({ error: 'LocalCloudStopped', cause: 'The local cloud was stopped' });
      await Promise.all([...executions.values()].map((execution) => execution.settled));
    },
  };
};

export type SfnApi = ReturnType<typeof createSfnApi>;
