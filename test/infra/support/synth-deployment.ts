import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { App, type NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { DEPLOYMENTS } from '../../../infra/deployments.ts';
import { registerNagChecks } from '../../../infra/nag/register-nag.ts';
import { CadreDeploymentStack, type CadreDeploymentParts } from '../../../infra/stacks/cadre-deployment.ts';

/** The feature flags `cdk synth` runs with, so in-process synthesis builds the same templates. */
const cdkContext = (): Record<string, unknown> => {
  const cdkJson: unknown = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8'));
  const context = (cdkJson as { context?: Record<string, unknown> }).context;
  if (context === undefined) {
    throw new Error('cdk.json has no context');
  }
  return context;
};

export type StackPart = keyof CadreDeploymentParts;

export interface SynthesizedDeployment {
  readonly app: App;
  readonly assembly: CloudAssembly;
  /** The deployment's one top-level stack. */
  readonly stack: CadreDeploymentStack;
  /** Its nested stacks. */
  readonly parts: CadreDeploymentParts;
  /** The top-level template: the nested stacks and how values pass between them. */
  readonly root: Template;
  /** Each nested stack's own template. */
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
  const stack = new CadreDeploymentStack(app, { name, deployment });
  const assembly = app.synth();
  const { parts } = stack;
  const templates = {
    data: Template.fromStack(parts.data),
    workflow: Template.fromStack(parts.workflow),
    schedules: Template.fromStack(parts.schedules),
    functions: Template.fromStack(parts.functions),
    api: Template.fromStack(parts.api),
    observability: Template.fromStack(parts.observability),
    events: Template.fromStack(parts.events),
  };
  return { app, assembly, stack, parts, root: Template.fromStack(stack), templates };
};

/** A value one nested stack takes from another, traced back to where it is defined. */
export interface CrossStackValue {
  /** The nested stack that defines the value. */
  readonly stack: NestedStack;
  /** The value in that stack's own template, e.g. `{ Ref: <function logical id> }`. */
  readonly value: unknown;
}

/**
 * Where a value in `consumer`'s template comes from. CDK passes a value between nested stacks as a
 * template parameter of the consumer (`{ Ref: <parameter> }`), which the top-level stack fills with
 * `Fn::GetAtt <producer resource>.Outputs.<output>`; the producer's output holds the value itself.
 */
export const crossStackSource = (synthesized: SynthesizedDeployment, consumer: Stack, value: unknown): CrossStackValue => {
  const parameter = (value as { Ref?: unknown } | undefined)?.Ref;
  if (typeof parameter !== 'string') {
    throw new Error(`Not a reference to a template parameter: ${JSON.stringify(value)}`);
  }
  const { stack, parts, root, templates } = synthesized;
  const resources = root.toJSON().Resources as Record<string, { Properties?: { Parameters?: Record<string, unknown> } }>;
  if (consumer.nestedStackResource === undefined) {
    throw new Error(`${consumer.node.path} is not one of the deployment's nested stacks`);
  }
  const passed = resources[stack.getLogicalId(consumer.nestedStackResource)]?.Properties?.Parameters?.[parameter];
  const [producerId, attribute] = (passed as { 'Fn::GetAtt'?: [string, string] } | undefined)?.['Fn::GetAtt'] ?? [];
  const producer = (Object.keys(parts) as StackPart[]).find((part) => stack.getLogicalId(parts[part].nestedStackResource!) === producerId);
  if (producer === undefined || attribute === undefined || !attribute.startsWith('Outputs.')) {
    throw new Error(`Parameter ${parameter} of ${consumer.node.path} is not another part's output: ${JSON.stringify(passed)}`);
  }
  const outputs = templates[producer].toJSON().Outputs as Record<string, { Value: unknown }>;
  const output = outputs[attribute.slice('Outputs.'.length)];
  assert.ok(output !== undefined, `${producer} has no output ${attribute}`);
  return { stack: parts[producer], value: output.Value };
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
