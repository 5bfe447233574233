import { CfnOutput, Stack, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ROUTES } from '../../shared/route-table.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Capability, RouteDefinition } from '../../shared/platform/http/route.ts';
import type { NamedDeployment } from '../deployments.ts';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import { EventsStack } from './events-stack.ts';
import { FunctionsStack } from './functions-stack.ts';
import { ObservabilityStack } from './observability-stack.ts';
import { SchedulesStack } from './schedules-stack.ts';
import { WorkflowStack } from './workflow-stack.ts';

/** The nested stacks one deployment is made of. */
export interface CadreDeploymentParts {
  readonly data: DataStack;
  readonly workflow: WorkflowStack;
  readonly schedules: SchedulesStack;
  readonly functions: FunctionsStack;
  readonly api: ApiStack;
  readonly observability: ObservabilityStack;
  readonly events: EventsStack;
}

/** Distinct capabilities of the route table, in first-seen order: one Lambda each. */
export const routeCapabilities = (routes: readonly RouteDefinition[]): Capability[] => [
  ...new Set(routes.map((route) => route.capability)),
];

/** The name of a deployment's one top-level stack: what `cdk ls` prints and `cdk deploy` deploys. */
export const deploymentStackName = (deploymentName: string): string => `cadre-${deploymentName}`;

/**
 * One deployment of cadre: a single top-level stack `cadre-<deployment>`, pinned to its account and
 * region, so `cdk deploy -c deployment=<name>` deploys that region and nothing else. Its parts are
 * nested stacks, which keep the separation (and each part's 500-resource quota) while CloudFormation
 * deploys them together. References between parts flow one way (see WorkflowStack for why):
 * data -> workflow -> schedules, data -> workflow -> functions -> api -> observability, and
 * data -> events -> observability.
 */
export class CadreDeploymentStack extends Stack {
  readonly parts: CadreDeploymentParts;

  constructor(scope: Construct, { name, deployment }: NamedDeployment) {
    super(scope, deploymentStackName(name), {
      env: { account: deployment.account, region: deployment.region },
      description: `cadre ${deployment.stage} (${name}): data, workflow, functions, API and observability`,
      terminationProtection: deployment.stage === 'prod',
    });
    const description = (part: string) => `cadre ${part} (${name})`;
    const capabilities = routeCapabilities(ROUTES);

    const data = new DataStack(this, 'Data', { description: description('data'), deployment });
    const workflow = new WorkflowStack(this, 'Workflow', {
      description: description('workflow'),
      deployment,
      data,
      routeCapabilities: capabilities,
    });
    workflow.addStackDependency(data);
    const schedules = new SchedulesStack(this, 'Schedules', { description: description('schedules'), deployment, data, workflow });
    schedules.addStackDependency(workflow);
    const functions = new FunctionsStack(this, 'Functions', {
      description: description('functions'),
      deployment,
      data,
      workflow,
      capabilities,
    });
    functions.addStackDependency(workflow);
    const api = new ApiStack(this, 'Api', {
      description: description('api'),
      deployment,
      routes: ROUTES,
      functions: functions.functions,
      deadLetterQueue: data.deadLetterQueue,
    });
    api.addStackDependency(functions);
    const events = new EventsStack(this, 'Events', { description: description('events'), deployment, data });
    events.addStackDependency(data);
    // Every function of the deployment, whichever part made it: each publishes its business metrics under the deployment's name, and is watched.
    const allFunctions = this.node.findAll().filter((construct) => construct instanceof CapabilityFunction);
    for (const fn of allFunctions) fn.bindMetrics(name);
    const observability = new ObservabilityStack(this, 'Observability', {
      description: description('observability'),
      deployment,
      deploymentName: name,
      data,
      api,
      workflow,
      events,
      functions: allFunctions,
    });
    observability.addStackDependency(api);
    observability.addStackDependency(events);
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'Every alarm of this deployment notifies this SNS topic: subscribe the on-call channel to it.',
      value: observability.alarmTopic.topicArn,
    });
    new CfnOutput(this, 'OperationsDashboardName', {
      description:
        "The deployment's CloudWatch dashboard (console: CloudWatch, Dashboards): API, Lambdas, table, workflows, mail, programmes.",
      value: observability.dashboard.dashboard.dashboardName,
    });
    new CfnOutput(this, 'VerificationSiteUrl', {
      description: "The public certificate verification site (CERTIFICATES_PUBLIC_URL): the issuer's did:web and every verification URL.",
      value: data.verificationSite.publicUrl,
    });
    new CfnOutput(this, 'VerificationDistributionDomain', {
      description: "The verification site's distribution: point the deployment's verificationDomain at it (CNAME or alias record).",
      value: data.verificationSite.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'CredentialSigningKeyArn', {
      description: 'The KMS key that signs certificate credentials (ES256).',
      value: data.credentialSigningKey.keyArn,
    });

    // Tags reach every nested stack and the resources in it.
    Tags.of(this).add('cadre:deployment', name);
    Tags.of(this).add('cadre:stage', deployment.stage);
    this.parts = { data, workflow, schedules, functions, api, observability, events };
  }
}
