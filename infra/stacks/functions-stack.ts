import { Arn, ArnFormat, Duration, NestedStack, Stack, type NestedStackProps } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import type { Capability } from '../../shared/platform/http/route.ts';
import { CAPABILITY_ACCESS } from '../config/capability-access.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource.ts';
import { STATE_MACHINES, type StateMachineManifest } from '../../shared/platform/workflow/state-machine-manifest.ts';
import type { DataStack } from './data-stack.ts';
import type { WorkflowStack } from './workflow-stack.ts';
import { bindCapabilityAccess } from './bind-capability-access.ts';
import { pascalCase } from './pascal-case.ts';

export interface FunctionsStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  readonly data: DataStack;
  readonly workflow: WorkflowStack;
  /** Distinct capabilities of the route table, in route-table order. */
  readonly capabilities: readonly Capability[];
}

/**
 * One Lambda per capability of the route table. A capability that starts a state machine
 * (manifest `startedBy`) gets the machine's ARN in the manifest's env var and states:StartExecution
 * on that machine only; one that also asks whether an execution still runs (`describedBy`)
 * gets states:DescribeExecution on that machine's executions only.
 */
export class FunctionsStack extends NestedStack {
  readonly functions: ReadonlyMap<Capability, CapabilityFunction>;

  constructor(scope: Construct, id: string, props: FunctionsStackProps) {
    super(scope, id, props);

    const functions = new Map<Capability, CapabilityFunction>();
    for (const capability of props.capabilities) {
      const fn = new CapabilityFunction(this, `${pascalCase(capability)}Function`, {
        capability,
        deployment: props.deployment,
        deadLetterQueue: props.data.deadLetterQueue,
        // Below the HTTP API's 30-second integration limit, so the caller gets our error, not a gateway timeout.
        timeout: Duration.seconds(25),
      });
      bindCapabilityAccess(fn, CAPABILITY_ACCESS[capability], props.data, props.deployment);
      for (const manifest of STATE_MACHINES) {
        if ((manifest.startedBy as readonly Capability[]).includes(capability)) {
          const machine = props.workflow.stateMachines.get(manifest.name);
          if (machine === undefined) {
            throw new Error(`State machine ${manifest.name} is missing from the workflow part`);
          }
          fn.addEnvironment(manifest.arnEnvVar, machine.stateMachineArn);
          machine.grantStartExecution(fn);
          if (((manifest as StateMachineManifest).describedBy ?? []).includes(capability)) {
            const executions = Stack.of(this).formatArn({
              service: 'states',
              resource: 'execution',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
              resourceName: `${Arn.split(machine.stateMachineArn, ArnFormat.COLON_RESOURCE_NAME).resourceName}:*`,
            });
            fn.addToRolePolicy(new PolicyStatement({ actions: ['states:DescribeExecution'], resources: [executions] }));
            acknowledgeWildcardResource(
              fn.executionRole,
              executions,
              `Executions of the one ${manifest.name} machine: their names are made per run at run time, so no narrower ARN exists; the action is DescribeExecution only.`,
            );
          }
        }
      }
      functions.set(capability, fn);
    }
    this.functions = functions;
  }
}
