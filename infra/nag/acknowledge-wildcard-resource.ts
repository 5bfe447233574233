import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { acknowledge } from './acknowledge.ts';

/** cdk-nag's spelling of a resolved ARN in a finding id: `<Ref>`, `<LogicalId.Attribute>`, joins flattened. */
const flatten = (value: unknown): string => {
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  if (typeof value === 'object' && value !== null) {
    const node = value as Record<string, unknown>;
    const join = node['Fn::Join'] as [string, unknown[]] | undefined;
    if (join !== undefined) return join[1].map(flatten).join(join[0]);
    if (node['Ref'] !== undefined) return `<${flatten(node['Ref'])}>`;
    const getAtt = node['Fn::GetAtt'] as [unknown, unknown] | undefined;
    if (getAtt !== undefined) return `<${flatten(getAtt[0])}.${flatten(getAtt[1])}>`;
  }
  return JSON.stringify(value);
};

/**
 * Acknowledges cdk-nag's IAM5 finding for exactly one wildcard resource (e.g. `<bucket>/applications/*`),
 * not every wildcard on the role. The finding names the resource as CloudFormation will see it, which
 * for a reference across nested stacks exists only once the app is prepared; so the acknowledgement is
 * recorded by a construct validation, which CDK runs after preparing and before the cdk-nag plugin.
 */
export const acknowledgeWildcardResource = (scope: IConstruct, resource: string, reason: string): void => {
  scope.node.addValidation({
    validate: () => {
      acknowledge(scope, `AwsSolutions-IAM5[Resource::${flatten(Stack.of(scope).resolve(resource))}]`, reason);
      return [];
    },
  });
};
