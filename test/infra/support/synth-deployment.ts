import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { DEPLOYMENTS } from '../../../infra/deployments.ts';
import { registerNagChecks } from '../../../infra/nag/register-nag.ts';
import { addCadreDeployment, type CadreDeploymentStacks } from '../../../infra/stacks/cadre-deployment.ts';

/** The feature flags `cdk synth` runs with, so in-process synthesis builds the same templates. */
const cdkContext = (): Record<string, unknown> => {
  const cdkJson: unknown = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8'));
  const context = (cdkJson as { context?: Record<string, unknown> }).context;
  if (context === undefined) {
    throw new Error('cdk.json has no context');
  }
  return context;
};

export type StackPart = keyof CadreDeploymentStacks;

export interface SynthesizedDeployment {
  readonly app: App;
  readonly stacks: CadreDeploymentStacks;
  readonly templates: Readonly<Record<StackPart, Template>>;
}

export interface SynthOptions {
  /** Bundle every Lambda with esbuild (slow); off, the assets are placeholders. */
  readonly bundle?: boolean;
  /** Register cdk-nag, so synthesis throws on any unacknowledged finding. */
  readonly nag?: boolean;
}

/** Synthesizes one deployment in-process (no CLI). Call once per test file and share the result. */
export const synthDeployment = (name: string, options: SynthOptions = {}): SynthesizedDeployment => {
  const deployment = DEPLOYMENTS[name];
  if (deployment === undefined) {
    throw new Error(`No deployment ${name}`);
  }
  const app = new App({
    context: { ...cdkContext(), ...(options.bundle === true ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  if (options.nag === true) {
    registerNagChecks(app);
  }
  const stacks = addCadreDeployment(app, { name, deployment });
  app.synth();
  const templates = {
    data: Template.fromStack(stacks.data),
    workflow: Template.fromStack(stacks.workflow),
    functions: Template.fromStack(stacks.functions),
    api: Template.fromStack(stacks.api),
    observability: Template.fromStack(stacks.observability),
  };
  return { app, stacks, templates };
};

type CfnResource = { readonly Type: string; readonly Properties?: Record<string, unknown> };

/** The resources of one type in a template, by logical id. */
export const resourcesOfType = (template: Template, type: string): Record<string, CfnResource> =>
  template.findResources(type) as Record<string, CfnResource>;

/** The only resource of a type in a template; fails if there are none or several. */
export const onlyResource = (template: Template, type: string): CfnResource => {
  const found = Object.values(resourcesOfType(template, type));
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`Expected exactly one ${type}, found ${found.length}`);
  }
  return found[0];
};
