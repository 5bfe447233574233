import { App } from 'aws-cdk-lib';
import { selectDeployments } from './deployments.ts';
import { registerNagChecks } from './nag/register-nag.ts';
import { CadreDeploymentStack } from './stacks/cadre-deployment.ts';

/**
 * The CDK app (cdk.json runs it on Node 24). Each deployment is one top-level stack `cadre-<name>`.
 * `-c deployment=<name>` synthesizes that deployment only, so `cdk deploy -c deployment=<name>` needs
 * no stack name; without it every deployment in infra/deployments.ts is synthesized.
 */
const app = new App();
const name: unknown = app.node.tryGetContext('deployment');
if (name !== undefined && typeof name !== 'string') {
  throw new Error('-c deployment=<name> must be a deployment name');
}
registerNagChecks(app);
for (const deployment of selectDeployments(name)) {
  new CadreDeploymentStack(app, deployment);
}
app.synth();
