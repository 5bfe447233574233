import { Tags, type App } from 'aws-cdk-lib';
import { ROUTES } from '../../shared/routes/index.ts';
import type { Capability, RouteDefinition } from '../../shared/http/route.ts';
import type { NamedDeployment } from '../deployments.ts';
import { ApiStack } from './api-stack.ts';
import { DataStack } from './data-stack.ts';
import { FunctionsStack } from './functions-stack.ts';
import { ObservabilityStack } from './observability-stack.ts';
import { WorkflowStack } from './workflow-stack.ts';

export interface CadreDeploymentStacks {
  readonly data: DataStack;
  readonly workflow: WorkflowStack;
  readonly functions: FunctionsStack;
  readonly api: ApiStack;
  readonly observability: ObservabilityStack;
}

/** Distinct capabilities of the route table, in first-seen order: one Lambda each. */
export const routeCapabilities = (routes: readonly RouteDefinition[]): Capability[] => [
  ...new Set(routes.map((route) => route.capability)),
];

/**
 * The stacks of one deployment, named `cadre-<deployment>-<part>` and pinned to its account and
 * region. References flow one way (see WorkflowStack for why):
 * data -> workflow -> functions -> api -> observability.
 */
export const addCadreDeployment = (app: App, { name, deployment }: NamedDeployment): CadreDeploymentStacks => {
  const env = { account: deployment.account, region: deployment.region };
  const stackId = (part: string) => `cadre-${name}-${part}`;
  const stackProps = (part: string) => ({
    env,
    description: `cadre ${part} (${name})`,
    terminationProtection: deployment.stage === 'prod',
  });
  const capabilities = routeCapabilities(ROUTES);

  const data = new DataStack(app, stackId('data'), { ...stackProps('data'), deployment });
  const workflow = new WorkflowStack(app, stackId('workflow'), {
    ...stackProps('workflow'),
    deployment,
    data,
    routeCapabilities: capabilities,
  });
  workflow.addStackDependency(data);
  const functions = new FunctionsStack(app, stackId('functions'), {
    ...stackProps('functions'),
    deployment,
    data,
    workflow,
    capabilities,
  });
  functions.addStackDependency(workflow);
  const api = new ApiStack(app, stackId('api'), {
    ...stackProps('api'),
    deployment,
    routes: ROUTES,
    functions: functions.functions,
  });
  api.addStackDependency(functions);
  const observability = new ObservabilityStack(app, stackId('observability'), {
    ...stackProps('observability'),
    deployment,
    data,
    api,
    workflow,
    functions: [...functions.functions.values(), ...workflow.taskFunctions.values()],
  });
  observability.addStackDependency(api);

  for (const stack of [data, workflow, functions, api, observability]) {
    Tags.of(stack).add('cadre:deployment', name);
    Tags.of(stack).add('cadre:stage', deployment.stage);
  }
  return { data, workflow, functions, api, observability };
};
