import { App, Duration, Stack } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { CapabilityFunction } from '../../infra/constructs/capability-function.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';

/**
 * The memory (MB) the workflow Lambda is deployed with, read from the very construct the stacks
 * build it with (infra/constructs/capability-function.ts), so the cost model follows a change of
 * it. Bundling is switched off: only the function's properties are needed, not its code.
 */
export const workflowFunctionMemoryMb = (): number => {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new Stack(app, 'BenchWorkflowMemory');
  const deployment = Object.values(DEPLOYMENTS).find((candidate) => candidate.stage === 'prod') ?? Object.values(DEPLOYMENTS)[0];
  if (deployment === undefined) throw new Error('No deployment is configured');
  const fn = new CapabilityFunction(stack, 'WorkflowFunction', {
    capability: 'workflow',
    deployment,
    deadLetterQueue: new Queue(stack, 'Dlq'),
    timeout: Duration.seconds(30),
  });
  const memory = (fn.node.defaultChild as CfnFunction).memorySize;
  if (typeof memory !== 'number') throw new Error('The workflow function has no memory size set');
  return memory;
};
