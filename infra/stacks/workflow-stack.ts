import { Duration, NestedStack, RemovalPolicy, type NestedStackProps } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { CAPABILITY_ACCESS } from '../config/capability-access.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledge } from '../nag/acknowledge.ts';
import {
  STATE_MACHINES,
  type StateMachineManifest,
  type StateMachineName,
  type WorkflowCapability,
} from '../../shared/platform/workflow/state-machine-manifest.ts';
import { aslPath } from '../workflows/asl-path.ts';
import type { DataStack } from './data-stack.ts';
import { bindCapabilityAccess } from './bind-capability-access.ts';
import { pascalCase } from './pascal-case.ts';

const MACHINE_TYPES: Record<StateMachineManifest['type'], StateMachineType> = {
  STANDARD: StateMachineType.STANDARD,
  EXPRESS: StateMachineType.EXPRESS,
};

export interface WorkflowStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  readonly data: DataStack;
  /** Capabilities that serve HTTP routes; their Lambdas live in the functions part. */
  readonly routeCapabilities: readonly WorkflowCapability[];
}

/**
 * Every state machine of the manifest (shared/platform/workflow/state-machine-manifest.ts) with the Lambdas its Task states run.
 *
 * Why the task Lambdas live here and not in the functions part: a machine needs its task functions'
 * ARNs and the functions that start it need the machine's ARN (env var and states:StartExecution).
 * With all Lambdas in one nested stack and the machines in another, each would reference the other,
 * a cycle CloudFormation cannot deploy. Keeping the task Lambdas with their machines makes the
 * references flow one way: data -> workflow -> functions (starters) -> api.
 */
export class WorkflowStack extends NestedStack {
  readonly taskFunctions: ReadonlyMap<WorkflowCapability, CapabilityFunction>;
  readonly stateMachines: ReadonlyMap<StateMachineName, StateMachine>;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);

    const taskFunctions = new Map<WorkflowCapability, CapabilityFunction>();
    for (const capability of new Set(STATE_MACHINES.flatMap((machine) => Object.values(machine.taskFunctions)))) {
      if (props.routeCapabilities.includes(capability)) {
        throw new Error(
          `Capability "${capability}" serves HTTP routes and runs workflow Tasks; its handler cannot take both kinds of event. Move the Tasks to the workflow capability.`,
        );
      }
      const fn = new CapabilityFunction(this, `${pascalCase(capability)}Function`, {
        capability,
        deployment: props.deployment,
        deadLetterQueue: props.data.deadLetterQueue,
        timeout: Duration.seconds(30),
      });
      bindCapabilityAccess(fn, CAPABILITY_ACCESS[capability], props.data, props.deployment);
      taskFunctions.set(capability, fn);
    }
    this.taskFunctions = taskFunctions;

    const stateMachines = new Map<StateMachineName, StateMachine>();
    for (const manifest of STATE_MACHINES) {
      const tasks = Object.entries(manifest.taskFunctions).map(([placeholder, capability]) => {
        const fn = taskFunctions.get(capability);
        if (fn === undefined) {
          throw new Error(`No task function for ${capability} (state machine ${manifest.name})`);
        }
        return { placeholder, fn };
      });
      const id = pascalCase(manifest.name);
      const machine = new StateMachine(this, `${id}StateMachine`, {
        definitionBody: DefinitionBody.fromFile(aslPath(manifest)),
        definitionSubstitutions: Object.fromEntries(tasks.map(({ placeholder, fn }) => [placeholder, fn.functionArn])),
        stateMachineType: MACHINE_TYPES[manifest.type],
        // ERROR without execution data: inputs and outputs carry applicants' personal data.
        logs: {
          destination: new LogGroup(this, `${id}Logs`, {
            retention: props.deployment.logRetentionDays,
            removalPolicy: RemovalPolicy.DESTROY,
          }),
          level: LogLevel.ERROR,
          includeExecutionData: false,
        },
        tracingEnabled: true,
      });
      // The ASL file is opaque to CDK, so it cannot infer the invocations: grant exactly the functions, no versions.
      machine.addToRolePolicy(
        new PolicyStatement({
          actions: ['lambda:InvokeFunction'],
          resources: [...new Set(tasks.map(({ fn }) => fn.functionArn))],
        }),
      );
      acknowledge(
        machine.role,
        'AwsSolutions-IAM5[Resource::*]',
        'CloudWatch Logs delivery (logs:CreateLogDelivery and related) and X-Ray tracing actions do not support resource-level permissions.',
      );
      acknowledge(
        machine,
        'AwsSolutions-SF1',
        'Only ERROR events are logged, without execution data: state inputs and outputs carry personal data.',
      );
      stateMachines.set(manifest.name, machine);
    }
    this.stateMachines = stateMachines;
  }
}
