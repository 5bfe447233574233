import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Validations } from 'aws-cdk-lib';
import { DEPLOYMENTS, parseDeployments, selectDeployments } from '../../infra/deployments.ts';
import { synthDeployment, type StackPart } from './support/synth-deployment.ts';

/**
 * Properties that fix a resource's physical name. A literal string there is a hard-coded name;
 * references to generated names (e.g. a permission's FunctionName: { Ref }) are fine.
 */
const PHYSICAL_NAME_PROPERTIES = [
  'TableName',
  'BucketName',
  'FunctionName',
  'RoleName',
  'ManagedPolicyName',
  'StateMachineName',
  'QueueName',
  'TopicName',
  'LogGroupName',
  'UserPoolName',
  'DashboardName',
  'AlarmName',
  'AliasName',
];

const valid = DEPLOYMENTS['dev-eu-central-1']!;

describe('deployments config', () => {
  it('has at least two deployments in different regions', () => {
    const regions = new Set(Object.values(DEPLOYMENTS).map((deployment) => deployment.region));
    assert.ok(Object.keys(DEPLOYMENTS).length >= 2 && regions.size >= 2);
  });

  it('selects one deployment by name, or all without a name', () => {
    assert.deepEqual(selectDeployments('prod-eu-north-1'), [{ name: 'prod-eu-north-1', deployment: DEPLOYMENTS['prod-eu-north-1'] }]);
    assert.deepEqual(selectDeployments(undefined).map(({ name }) => name), Object.keys(DEPLOYMENTS));
  });

  it('rejects an unknown deployment name with the list of valid ones', () => {
    assert.throws(() => selectDeployments('dev-mars-1'), /Unknown deployment "dev-mars-1"\. Valid deployments: dev-eu-central-1, prod-eu-north-1/);
  });

  it('rejects an invalid deployment, naming the field at fault', () => {
    const invalid: [field: string, deployment: object][] = [
      ['account', { ...valid, account: '1234' }],
      ['stage', { ...valid, stage: 'qa' }],
      ['senderAddress', { ...valid, senderAddress: 'not-an-address' }],
      ['logRetentionDays', { ...valid, logRetentionDays: 10 }],
      ['allowedOrigins', { ...valid, allowedOrigins: ['http://insecure.example'] }],
      ['unknownSetting', { ...valid, unknownSetting: true }],
    ];
    for (const [field, deployment] of invalid) {
      assert.throws(() => parseDeployments({ broken: deployment }), new RegExp(`"${field}"`), field);
    }
    assert.doesNotThrow(() => parseDeployments({ fine: valid }));
  });
});

for (const [name, deployment] of Object.entries(DEPLOYMENTS)) {
  describe(`deployment ${name}`, () => {
    // Synthesized with cdk-nag registered: synthesis throws on any unacknowledged finding.
    const { app, stacks, templates } = synthDeployment(name, { nag: true });

    it('synthesizes every stack in its own account and region, named after the deployment', () => {
      for (const stack of Object.values(stacks)) {
        assert.equal(stack.account, deployment.account);
        assert.equal(stack.region, deployment.region);
        assert.ok(stack.stackName.startsWith(`cadre-${name}-`), stack.stackName);
      }
    });

    it('hard-codes no physical resource names', () => {
      for (const [part, template] of Object.entries(templates) as [StackPart, (typeof templates)[StackPart]][]) {
        for (const [logicalId, resource] of Object.entries(template.toJSON().Resources as Record<string, { Properties?: object }>)) {
          const properties = (resource.Properties ?? {}) as Record<string, unknown>;
          for (const property of PHYSICAL_NAME_PROPERTIES) {
            assert.notEqual(typeof properties[property], 'string', `${part}/${logicalId} hard-codes ${property}`);
          }
        }
      }
    });

    it('passes cdk-nag AwsSolutions with a specific reason on every acknowledgement', () => {
      const reasons = app.node
        .findAll()
        .flatMap((construct) => construct.node.metadata)
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.values(entry.data as Record<string, string>));
      assert.ok(reasons.length > 0);
      for (const reason of reasons) {
        assert.ok(reason.trim().length >= 30, `acknowledgement reason too vague: "${reason}"`);
      }
    });
  });
}
