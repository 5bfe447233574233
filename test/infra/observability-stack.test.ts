import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { crossStackSource, onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
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

  it('alarms on errors and throttles of every Lambda, the Cognito trigger and the token authorizer included', () => {
    const functions = [
      ...parts.functions.functions.values(),
      ...parts.workflow.taskFunctions.values(),
      parts.schedules.mailFunction,
      parts.api.accountConfirmation,
      parts.api.tokenAuthorizer,
    ];
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

  it('alarms on DynamoDB throttled requests', () => {
    const throttles = alarms.filter((alarm) => JSON.stringify(alarm.Metrics ?? []).includes('ThrottledRequests'));
    assert.equal(throttles.length, 1);
  });

  it('alarms on failed executions of every state machine', () => {
    assert.equal(alarmsOn('AWS/States', 'ExecutionsFailed').length, parts.workflow.stateMachines.size);
  });

  it('alarms on messages in the dead-letter queue', () => {
    assert.equal(alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible').length, 1);
  });

  it('sends every alarm to the alarm topic', () => {
    for (const alarm of alarms) {
      assert.deepEqual(alarm.AlarmActions, [{ Ref: topicId }]);
    }
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
