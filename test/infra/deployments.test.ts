import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { App, NestedStack, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { DEPLOYMENTS, parseDeployments, selectDeployments } from '../../infra/deployments.ts';
import { registerNagChecks } from '../../infra/nag/register-nag.ts';
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
    assert.ok(Object.keys(DEPLOYMENTS).length >= 2, `at least two deployments: ${Object.keys(DEPLOYMENTS).join(', ')}`);
    assert.ok(regions.size >= 2, `at least two regions: ${[...regions].join(', ')}`);
  });

  it('selects one deployment by name, or all without a name', () => {
    assert.deepEqual(selectDeployments('prod-eu-north-1'), [{ name: 'prod-eu-north-1', deployment: DEPLOYMENTS['prod-eu-north-1'] }]);
    assert.deepEqual(
      selectDeployments(undefined).map(({ name }) => name),
      Object.keys(DEPLOYMENTS),
    );
  });

  it('rejects an unknown deployment name with the list of valid ones', () => {
    assert.throws(
      () => selectDeployments('dev-mars-1'),
      /Unknown deployment "dev-mars-1"\. Valid deployments: dev-eu-central-1, prod-eu-north-1/,
    );
  });

  it('rejects an invalid deployment, naming the field at fault', () => {
    const invalid: [field: string, deployment: object][] = [
      ['account', { ...valid, account: '1234' }],
      ['stage', { ...valid, stage: 'qa' }],
      ['senderAddress', { ...valid, senderAddress: 'not-an-address' }],
      ['logRetentionDays', { ...valid, logRetentionDays: 10 }],
      ['personalDataRetentionDays', { ...valid, personalDataRetentionDays: 0 }],
      ['personalDataRetentionDays', { ...valid, personalDataRetentionDays: 30.5 }],
      ['allowedOrigins', { ...valid, allowedOrigins: ['http://insecure.example'] }],
      ['unknownSetting', { ...valid, unknownSetting: true }],
      [
        'routes',
        {
          ...valid,
          throttling: { ...valid.throttling, routes: { ...valid.throttling.routes, submissions: { rateLimit: 51, burstLimit: 20 } } },
        },
      ],
      ['reserved', { ...valid, lambdaConcurrency: { ...valid.lambdaConcurrency, accountLimit: 100 } }],
      ['token-authorizer', { ...valid, lambdaConcurrency: { ...valid.lambdaConcurrency, reserved: { workflow: 10 } } }],
      ['passkeyRelyingPartyId', { ...valid, passkeyRelyingPartyId: 'elsewhere.example' }],
      ['clientErrorPercent', { ...valid, apiAlarms: { ...valid.apiAlarms, clientErrorPercent: 120 } }],
    ];
    for (const [field, deployment] of invalid) {
      assert.throws(() => parseDeployments({ broken: deployment }), new RegExp(`"${field}"`), field);
    }
    const { personalDataRetentionDays: _omitted, ...withoutRetention } = valid;
    assert.throws(() => parseDeployments({ broken: withoutRetention }), /"personalDataRetentionDays"/, 'required');
    assert.doesNotThrow(() => parseDeployments({ fine: valid }));
  });

  it('keeps personal data for 90 days after a season in dev and 1095 in prod', () => {
    assert.equal(DEPLOYMENTS['dev-eu-central-1']?.personalDataRetentionDays, 90);
    assert.equal(DEPLOYMENTS['prod-eu-north-1']?.personalDataRetentionDays, 1095);
  });
});

describe('cdk-nag', () => {
  it('checks the resources inside nested stacks too', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    registerNagChecks(app);
    const part = new NestedStack(new Stack(app, 'probe', { env: { account: '111111111111', region: 'eu-central-1' } }), 'Part');
    new Queue(part, 'QueueWithoutDeadLetters', { enforceSSL: true });
    assert.throws(() => app.synth(), /AwsSolutions-SQS3/);
    const report = JSON.parse(readFileSync(join(app.outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
    };
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.flatMap((violation) =>
        violation.violatingConstructs.map((construct) => `${violation.ruleName} ${construct.constructPath}`),
      ),
    );
    assert.ok(findings.includes('AwsSolutions-SQS3 probe/Part/QueueWithoutDeadLetters/Resource'), findings.join('\n'));
  });
});

for (const [name, deployment] of Object.entries(DEPLOYMENTS)) {
  describe(`deployment ${name}`, () => {
    // Synthesized with cdk-nag registered: synthesis throws on any unacknowledged finding.
    const { app, assembly, stack, parts, root, templates } = synthDeployment(name, { nag: true });

    it(`is exactly one top-level stack, cadre-${name}, in its own account and region`, () => {
      // What `cdk ls -c deployment=<name>` lists and `cdk deploy -c deployment=<name>` deploys.
      assert.deepEqual(
        assembly.stacks.map((artifact) => [artifact.stackName, artifact.environment.account, artifact.environment.region]),
        [[`cadre-${name}`, deployment.account, deployment.region]],
      );
      assert.equal(stack.terminationProtection, deployment.stage === 'prod');
    });

    it('is made of the data, workflow, schedules, functions, api, observability and events nested stacks, each with its own template', () => {
      assert.deepEqual(Object.keys(parts), ['data', 'workflow', 'schedules', 'functions', 'api', 'observability', 'events']);
      const nestedStackResources = Object.keys(root.findResources('AWS::CloudFormation::Stack'));
      assert.equal(nestedStackResources.length, Object.keys(parts).length);
      for (const part of Object.values(parts)) {
        assert.ok(NestedStack.isNestedStack(part), part.node.path);
        assert.equal(part.nestedStackParent, stack);
        assert.equal(part.account, deployment.account);
        assert.equal(part.region, deployment.region);
        assert.ok(nestedStackResources.includes(stack.getLogicalId(part.nestedStackResource!)));
        assert.ok(existsSync(join(assembly.directory, part.templateFile)), part.templateFile);
      }
    });

    it('deploys the parts in order, data first: data -> workflow -> functions -> api -> observability', () => {
      const order: StackPart[] = ['data', 'workflow', 'functions', 'api', 'observability'];
      const resources = root.toJSON().Resources as Record<string, { DependsOn?: string[] }>;
      order.slice(1).forEach((part, index) => {
        const dependsOn = resources[stack.getLogicalId(parts[part].nestedStackResource!)]?.DependsOn ?? [];
        assert.ok(dependsOn.includes(stack.getLogicalId(parts[order[index]!].nestedStackResource!)), `${part} after ${order[index]}`);
      });
      const schedules = resources[stack.getLogicalId(parts.schedules.nestedStackResource!)]?.DependsOn ?? [];
      assert.ok(
        schedules.includes(stack.getLogicalId(parts.workflow.nestedStackResource!)),
        'schedules after workflow (the calendar tick invokes its Lambda)',
      );
      const deployedAfter = (part: StackPart, before: StackPart) =>
        (resources[stack.getLogicalId(parts[part].nestedStackResource!)]?.DependsOn ?? []).includes(
          stack.getLogicalId(parts[before].nestedStackResource!),
        );
      assert.ok(deployedAfter('events', 'data'), 'events after data (the webhook events read the table’s stream)');
      assert.ok(deployedAfter('observability', 'events'), 'observability after events (it alarms on the event source)');
      const dataResource = resources[stack.getLogicalId(parts.data.nestedStackResource!)];
      assert.equal(dataResource?.DependsOn, undefined, 'data depends on nothing');
    });

    it('hard-codes no physical resource names', () => {
      for (const [part, template] of [['root', root], ...Object.entries(templates)] as [string, typeof root][]) {
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
