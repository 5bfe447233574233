import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** cdk-nag 3 reports as a CDK validation plugin named after its pack; acknowledgements carry that namespace. */
const NAG_PLUGIN = 'AwsSolutions';

/**
 * Acknowledges one cdk-nag AwsSolutions finding (e.g. `AwsSolutions-IAM5[Resource::*]`) on one construct.
 * Every acknowledgement must say why the finding does not apply here; a blank reason fails synth.
 */
export const acknowledge = (scope: IConstruct, finding: string, reason: string): void => {
  if (reason.trim() === '') {
    throw new Error(`cdk-nag acknowledgement ${finding} on ${scope.node.path} needs a reason`);
  }
  Validations.of(scope).acknowledge({ id: `${NAG_PLUGIN}::${finding}`, reason });
};
