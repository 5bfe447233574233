import { Arn, ArnFormat, Duration, NestedStack, Stack, type NestedStackProps } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import { ENV } from '../../shared/platform/config/env.ts';
import { CAPABILITY_ACCESS } from '../config/capability-access.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource.ts';
import { SCHEDULES, type ScheduleName, type ScheduleTarget } from '../schedules/index.ts';
import { STATE_MACHINES } from '../../shared/platform/workflow/state-machine-manifest.ts';
import type { DataStack } from './data-stack.ts';
import type { WorkflowStack } from './workflow-stack.ts';
import { bindCapabilityAccess } from './bind-capability-access.ts';
import { pascalCase } from './pascal-case.ts';

export interface SchedulesStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  readonly data: DataStack;
  readonly workflow: WorkflowStack;
}

/**
 * The mail queue's drainer Lambda (`mail`, the only function that may send mail), the season
 * calendars' tick Lambda (`calendar`, which starts and resumes cohort gates), the certificate
 * issuer's Lambda (`issuer`, which signs, renders and publishes requested certificates), and one
 * EventBridge Scheduler schedule per entry of the manifest (infra/schedules/index.ts), invoking
 * its target Lambda with its payload. After the workflow part, whose cohortGate, reviewAssignment and internshipMatching machines the tick starts.
 */
export class SchedulesStack extends NestedStack {
  readonly mailFunction: CapabilityFunction;
  readonly calendarFunction: CapabilityFunction;
  readonly issuerFunction: CapabilityFunction;
  readonly counterRebuilderFunction: CapabilityFunction;
  readonly eraserFunction: CapabilityFunction;
  readonly webhookDispatcherFunction: CapabilityFunction;
  readonly schedules: ReadonlyMap<ScheduleName, Schedule>;

  constructor(scope: Construct, id: string, props: SchedulesStackProps) {
    super(scope, id, props);

    this.mailFunction = new CapabilityFunction(this, 'MailFunction', {
      capability: 'mail',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A run drains for up to 50 s (functions/mail/handler.ts) and then finishes its last send.
      timeout: Duration.seconds(60),
    });
    bindCapabilityAccess(this.mailFunction, CAPABILITY_ACCESS.mail, props.data, props.deployment);
    this.mailFunction.addEnvironment(ENV.mailSendRatePerSecond, String(props.deployment.mailSendRatePerSecond));

    this.calendarFunction = new CapabilityFunction(this, 'CalendarFunction', {
      capability: 'calendar',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A tick is a few Queries, conditional writes and StartExecution calls.
      timeout: Duration.seconds(60),
    });
    bindCapabilityAccess(this.calendarFunction, CAPABILITY_ACCESS.calendar, props.data, props.deployment);
    // The tick starts calendar gates and resumes interrupted gate, review assignment and internship matching runs
    // (StartExecution), and asks whether a run's execution still runs (DescribeExecution on the
    // machine's executions).
    for (const name of ['cohortGate', 'reviewAssignment', 'internshipMatching'] as const) {
      const machine = props.workflow.stateMachines.get(name);
      const manifest = STATE_MACHINES.find((candidate) => candidate.name === name);
      if (machine === undefined || manifest === undefined) throw new Error(`The workflow stack has no ${name} state machine`);
      this.calendarFunction.addEnvironment(manifest.arnEnvVar, machine.stateMachineArn);
      machine.grantStartExecution(this.calendarFunction);
      const executions = Stack.of(this).formatArn({
        service: 'states',
        resource: 'execution',
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        resourceName: `${Arn.split(machine.stateMachineArn, ArnFormat.COLON_RESOURCE_NAME).resourceName}:*`,
      });
      this.calendarFunction.addToRolePolicy(new PolicyStatement({ actions: ['states:DescribeExecution'], resources: [executions] }));
      acknowledgeWildcardResource(
        this.calendarFunction.executionRole,
        executions,
        `Executions of the one ${name} machine: their names are made per run at run time (<run>-<n>), so no narrower ARN exists; the action is DescribeExecution only.`,
      );
    }

    this.issuerFunction = new CapabilityFunction(this, 'IssuerFunction', {
      capability: 'issuer',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A run issues for up to 45 s and stops taking certificates 15 s before this (functions/issuer/handler.ts).
      timeout: Duration.seconds(60),
      // PDF rendering (pdf-lib, fontkit subsetting PT Sans, four certificates at a time) is CPU-bound,
      // and Lambda's CPU grows with memory: 1024 MB is about 0.6 vCPU and holds the fonts, the
      // renderers and four documents in flight with room to spare. Chosen, not measured.
      memorySize: 1024,
    });
    bindCapabilityAccess(this.issuerFunction, CAPABILITY_ACCESS.issuer, props.data, props.deployment);

    this.counterRebuilderFunction = new CapabilityFunction(this, 'CounterRebuilderFunction', {
      capability: 'counter-rebuilder',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A run advances rebuilds for up to 45 s and stops taking pages 15 s before this (functions/counter-rebuilder/handler.ts).
      timeout: Duration.seconds(60),
    });
    bindCapabilityAccess(this.counterRebuilderFunction, CAPABILITY_ACCESS['counter-rebuilder'], props.data, props.deployment);

    this.eraserFunction = new CapabilityFunction(this, 'EraserFunction', {
      capability: 'eraser',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A run erases for up to 45 s and stops taking steps 15 s before this (functions/eraser/handler.ts).
      timeout: Duration.seconds(60),
    });
    bindCapabilityAccess(this.eraserFunction, CAPABILITY_ACCESS.eraser, props.data, props.deployment);
    this.webhookDispatcherFunction = new CapabilityFunction(this, 'WebhookDispatcherFunction', {
      capability: 'webhook-dispatcher',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A run dispatches for up to 45 s and stops taking deliveries 15 s before this (a receiver has 10 s to answer).
      timeout: Duration.seconds(60),
    });
    bindCapabilityAccess(this.webhookDispatcherFunction, CAPABILITY_ACCESS['webhook-dispatcher'], props.data, props.deployment);

    const targets: Record<ScheduleTarget, CapabilityFunction> = {
      calendar: this.calendarFunction,
      mail: this.mailFunction,
      issuer: this.issuerFunction,
      'counter-rebuilder': this.counterRebuilderFunction,
      eraser: this.eraserFunction,
      'webhook-dispatcher': this.webhookDispatcherFunction,
    };
    const schedules = new Map<ScheduleName, Schedule>();
    for (const manifest of SCHEDULES) {
      const fn = targets[manifest.target];
      const id = pascalCase(manifest.name);
      // One role per schedule, allowed to invoke its one function; LambdaInvoke adds the grant.
      const role = new Role(this, `${id}ScheduleRole`, {
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': this.account } } }),
        description: `cadre ${manifest.name} schedule`,
      });
      acknowledgeWildcardResource(
        role,
        `${fn.functionArn}:*`,
        'The scheduler target grants the function and its qualified ARNs (versions, aliases), as the LambdaInvoke target always does; the schedule invokes the unqualified function only.',
      );
      const schedule = new Schedule(this, `${id}Schedule`, {
        description: `cadre ${props.deployment.stage} ${manifest.name}`,
        schedule: ScheduleExpression.rate(Duration.minutes(manifest.rateMinutes)),
        target: new LambdaInvoke(fn, {
          role,
          input: ScheduleTargetInput.fromObject(manifest.payload),
          // No dead-letter queue: a missed run is worth nothing once the next one (a minute later) is
          // due, and every target picks up whatever a missed run left. Retry briefly, then drop it.
          retryAttempts: 2,
          maxEventAge: Duration.minutes(1),
        }),
      });
      schedules.set(manifest.name, schedule);
    }
    this.schedules = schedules;
  }
}
