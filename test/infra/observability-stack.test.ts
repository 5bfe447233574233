import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Match } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const { stacks, templates } = synthDeployment('dev-eu-central-1');
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

  it('alarms on errors and throttles of every Lambda', () => {
    const functions = [...stacks.functions.functions.values(), ...stacks.workflow.taskFunctions.values()];
    for (const fn of functions) {
      const logicalId = fn.stack.getLogicalId(fn.node.defaultChild as CfnFunction);
      for (const metricName of ['Errors', 'Throttles']) {
        const matching = alarmsOn('AWS/Lambda', metricName).filter((alarm) => JSON.stringify(alarm.Dimensions).includes(logicalId));
        assert.equal(matching.length, 1, `${metricName} alarm for ${fn.capability}`);
      }
    }
  });

  it('alarms on DynamoDB throttled requests', () => {
    const throttles = alarms.filter((alarm) => JSON.stringify(alarm.Metrics ?? []).includes('ThrottledRequests'));
    assert.equal(throttles.length, 1);
  });

  it('alarms on failed executions of every state machine', () => {
    assert.equal(alarmsOn('AWS/States', 'ExecutionsFailed').length, stacks.workflow.stateMachines.size);
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
