import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { CapabilityFunction } from '../../infra/constructs/capability-function.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { UNAUTHORIZED_METRIC } from '../../infra/stacks/api-stack.ts';
import { crossStackSource, onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
const prod = synthDeployment('prod-eu-north-1');
const { parts, templates } = dev;
const observability = templates.observability;
const alarms = Object.values(resourcesOfType(observability, 'AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties ?? {});
const [topicId] = Object.keys(resourcesOfType(observability, 'AWS::SNS::Topic'));

const alarmsOn = (namespace: string, metricName: string) =>
  alarms.filter((alarm) => alarm.Namespace === namespace && alarm.MetricName === metricName);

describe('observability stack', () => {
  it('has a dashboard', () => {
    observability.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('alarms on API 5xx', () => {
    assert.equal(alarmsOn('AWS/ApiGateway', '5xx').length, 1);
  });

  it('alarms on errors and throttles of every Lambda, the Cognito trigger, the token authorizer and the webhook event source included', () => {
    const functions = dev.stack.node.findAll().filter((construct) => construct instanceof CapabilityFunction);
    for (const named of [
      parts.schedules.mailFunction,
      parts.schedules.calendarFunction,
      parts.schedules.issuerFunction,
      parts.schedules.counterRebuilderFunction,
      parts.schedules.eraserFunction,
      parts.schedules.webhookDispatcherFunction,
      parts.api.accountConfirmation,
      parts.api.tokenAuthorizer,
      parts.events.webhookEventsFunction,
    ]) {
      assert.ok(functions.includes(named), named.capability);
    }
    const alarmedFunction = (alarm: Record<string, unknown>) => {
      const [dimension] = alarm.Dimensions as { Name: string; Value: unknown }[];
      assert.equal(dimension?.Name, 'FunctionName');
      return crossStackSource(dev, parts.observability, dimension.Value);
    };
    for (const metricName of ['Errors', 'Throttles']) {
      const alarmed = alarmsOn('AWS/Lambda', metricName).map(alarmedFunction);
      assert.equal(alarmed.length, functions.length, `one ${metricName} alarm per Lambda`);
      for (const fn of functions) {
        const functionRef = { Ref: fn.stack.getLogicalId(fn.node.defaultChild as CfnFunction) };
        const matching = alarmed.filter(({ stack, value }) => stack === fn.stack && JSON.stringify(value) === JSON.stringify(functionRef));
        assert.equal(matching.length, 1, `${metricName} alarm for ${fn.capability}`);
      }
    }
  });

  it('alarms on read and on write throttle events of the table and every index, at the first one', () => {
    for (const metricName of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
      const matching = alarms.filter((alarm) => JSON.stringify(alarm.Metrics ?? []).includes(`"MetricName":"${metricName}"`));
      assert.equal(matching.length, 1, metricName);
      const alarm = matching[0]!;
      assert.equal(alarm.Threshold, 1);
      const metrics = alarm.Metrics as { Id: string; Expression?: string; MetricStat?: { Metric: { Dimensions: { Name: string }[] } } }[];
      const indexes = metrics.flatMap(
        (metric) => metric.MetricStat?.Metric.Dimensions.filter((dimension) => dimension.Name === 'GlobalSecondaryIndexName') ?? [],
      );
      assert.equal(metrics.filter((metric) => metric.MetricStat !== undefined).length, TABLE_DEFINITION.globalSecondaryIndexes.length + 1);
      assert.equal(indexes.length, TABLE_DEFINITION.globalSecondaryIndexes.length);
      const sum = [0, ...TABLE_DEFINITION.globalSecondaryIndexes.map((_, index) => index + 1)]
        .map((index) => `FILL(m${index}, 0)`)
        .join(' + ');
      assert.equal(metrics.find((metric) => metric.Expression !== undefined)?.Expression, sum);
    }
  });

  for (const [name, synthesized] of [
    ['dev-eu-central-1', dev],
    ['prod-eu-north-1', prod],
  ] as const) {
    const { clientErrorPercent, unauthorizedPercent, minRequests } = DEPLOYMENTS[name]!.apiAlarms;
    const deployedAlarms = Object.values(resourcesOfType(synthesized.templates.observability, 'AWS::CloudWatch::Alarm')).map(
      (alarm) => alarm.Properties ?? {},
    );
    const spikeOn = (metricName: string) =>
      deployedAlarms.filter(
        (alarm) =>
          JSON.stringify(alarm.Metrics ?? []).includes(`"MetricName":"${metricName}"`) &&
          JSON.stringify(alarm.Metrics ?? []).includes('"MetricName":"Count"'),
      );

    it(`${name}: alarms when 4xx answers spike to ${clientErrorPercent}% of the requests in a busy period`, () => {
      const [alarm, ...others] = spikeOn('4xx');
      assert.ok(alarm !== undefined && others.length === 0);
      assert.equal(alarm.Threshold, clientErrorPercent);
      assert.equal(alarm.ComparisonOperator, 'GreaterThanOrEqualToThreshold');
      const expression = (alarm.Metrics as { Expression?: string }[]).find((metric) => metric.Expression !== undefined)?.Expression;
      assert.equal(expression, `IF(requests >= ${minRequests}, 100 * FILL(part, 0) / requests, 0)`);
    });

    it(`${name}: alarms when 401 answers spike to ${unauthorizedPercent}% of the requests, counted from the access logs`, () => {
      const [alarm, ...others] = spikeOn(UNAUTHORIZED_METRIC.metricName);
      assert.ok(alarm !== undefined && others.length === 0);
      assert.equal(alarm.Threshold, unauthorizedPercent);
      assert.match(JSON.stringify(alarm.Metrics), new RegExp(`"Namespace":"${UNAUTHORIZED_METRIC.namespace}"`));
      assert.match(JSON.stringify(alarm.Metrics), /"Name":"ApiId"/);
    });
  }

  it('alarms on failed executions of every state machine', () => {
    assert.equal(alarmsOn('AWS/States', 'ExecutionsFailed').length, parts.workflow.stateMachines.size);
  });

  it('alarms on messages in the dead-letter queue and in the webhook event source’s failures queue', () => {
    assert.equal(alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible').length, 2);
  });

  it('sends every alarm to the alarm topic, which the deployment subscribes its alarm email to and names as an output', () => {
    for (const alarm of alarms) {
      assert.deepEqual(alarm.AlarmActions, [{ Ref: topicId }]);
    }
    observability.resourceCountIs('AWS::SNS::Subscription', 0);
    prod.templates.observability.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: DEPLOYMENTS['prod-eu-north-1']!.alarmEmail,
    });
    const outputs = dev.root.toJSON().Outputs as Record<string, { Value: unknown }>;
    assert.match(JSON.stringify(outputs['AlarmTopicArn']?.Value), /Observability/);
  });

  it('encrypts the alarm topic with a rotating key CloudWatch may use, and refuses publishing without TLS', () => {
    const topic = onlyResource(observability, 'AWS::SNS::Topic');
    assert.match(JSON.stringify(topic.Properties?.KmsMasterKeyId), /AlarmTopicKey/);
    observability.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'] }),
        ]),
      },
    });
    observability.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });
});
