import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { WEBHOOK_EVENT_SOURCE } from '../../infra/config/webhook-event-source.ts';
import { WEBHOOK_EVENTS_ITERATOR_AGE_ALARM_MS } from '../../infra/stacks/observability-stack.ts';
import { ENTITY } from '../../shared/platform/keys/keys.ts';
import { WATCHED_CHANGES } from '../../shared/webhooks/domain/changes/watched-changes.ts';
import { crossStackSource, onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
const { parts, templates } = dev;
const events = templates.events;
const logicalIdOf = (construct: { node: { defaultChild?: unknown } }, stack: { getLogicalId: (element: never) => string }) =>
  stack.getLogicalId(construct.node.defaultChild as never);

interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
}

describe('events stack: the webhooks’ event source', () => {
  const mapping = onlyResource(events, 'AWS::Lambda::EventSourceMapping').Properties as Record<string, unknown>;
  const functionId = logicalIdOf(parts.events.webhookEventsFunction, parts.events);
  const failuresId = logicalIdOf(parts.events.failures, parts.events);

  it('the table streams both images of every change', () => {
    const table = onlyResource(templates.data, 'AWS::DynamoDB::Table').Properties as Record<string, unknown>;
    assert.deepEqual(table['StreamSpecification'], { StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });

  it('maps the table’s stream to the webhook-events Lambda, from the oldest record the stream holds', () => {
    assert.deepEqual(mapping['FunctionName'], { Ref: functionId });
    const source = crossStackSource(dev, parts.events, mapping['EventSourceArn']);
    assert.equal(source.stack, parts.data);
    assert.deepEqual(source.value, { 'Fn::GetAtt': [logicalIdOf(parts.data.table, parts.data), 'StreamArn'] });
    assert.equal(mapping['StartingPosition'], 'TRIM_HORIZON');
  });

  it('lets through only the watched changes, with the very patterns the local stream reader applies', () => {
    const filters = (mapping['FilterCriteria'] as { Filters: { Pattern: string }[] }).Filters.map(
      (filter) => JSON.parse(filter.Pattern) as { eventName: string[]; dynamodb: { NewImage: { entity: { S: string[] } } } },
    );
    assert.deepEqual(JSON.parse(JSON.stringify(filters)), WEBHOOK_EVENT_SOURCE.filterPatterns);
    assert.ok(filters.length <= 5, 'within the default quota of filters per mapping');
    assert.deepEqual(
      filters.map((filter) => filter.dynamodb.NewImage.entity.S),
      WATCHED_CHANGES.map((watched) => [watched.entity]),
    );
    assert.deepEqual(
      WATCHED_CHANGES.map((watched) => watched.entity),
      [ENTITY.application, ENTITY.placement, ENTITY.certificate, ENTITY.release],
    );
    // Removals (TTL, erasure) never wake the function.
    assert.ok(filters.every((filter) => !filter.eventName.includes('REMOVE')));
  });

  it('batches, reports partial failures, bisects a failing batch, retries a bounded number of times', () => {
    assert.equal(mapping['BatchSize'], WEBHOOK_EVENT_SOURCE.batchSize);
    assert.equal(mapping['MaximumBatchingWindowInSeconds'], WEBHOOK_EVENT_SOURCE.maxBatchingWindowSeconds);
    assert.deepEqual(mapping['FunctionResponseTypes'], ['ReportBatchItemFailures']);
    assert.equal(mapping['BisectBatchOnFunctionError'], true);
    assert.equal(mapping['MaximumRetryAttempts'], WEBHOOK_EVENT_SOURCE.retryAttempts);
    assert.ok(WEBHOOK_EVENT_SOURCE.retryAttempts > 0 && WEBHOOK_EVENT_SOURCE.retryAttempts <= 20);
    assert.equal(mapping['ParallelizationFactor'], WEBHOOK_EVENT_SOURCE.parallelizationFactor);
  });

  it('sets what it gives up on aside in an encrypted, TLS-only queue kept 14 days', () => {
    assert.deepEqual(mapping['DestinationConfig'], { OnFailure: { Destination: { 'Fn::GetAtt': [failuresId, 'Arn'] } } });
    const queue = onlyResource(events, 'AWS::SQS::Queue').Properties as Record<string, unknown>;
    assert.equal(queue['SqsManagedSseEnabled'], true);
    assert.equal(queue['MessageRetentionPeriod'], 14 * 24 * 60 * 60);
    const policy = onlyResource(events, 'AWS::SQS::QueuePolicy').Properties as { PolicyDocument: { Statement: Statement[] } };
    assert.ok(
      policy.PolicyDocument.Statement.some(
        (statement) =>
          JSON.stringify(statement.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }) &&
          (statement as { Effect?: string }).Effect === 'Deny',
      ),
    );
  });

  it('may read the stream and send to its failures queue, and no more of either', () => {
    const statements = Object.values(resourcesOfType(events, 'AWS::IAM::Policy')).flatMap(
      (policy) => (policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement,
    );
    const on = (action: string) => statements.filter((statement) => [statement.Action].flat().includes(action));
    for (const action of ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator']) {
      const [grant, ...others] = on(action);
      assert.ok(grant !== undefined && others.length === 0, action);
      const source = crossStackSource(dev, parts.events, grant.Resource);
      assert.deepEqual(source.value, { 'Fn::GetAtt': [logicalIdOf(parts.data.table, parts.data), 'StreamArn'] }, action);
    }
    const sends = on('sqs:SendMessage').map((statement) => JSON.stringify(statement.Resource));
    assert.ok(sends.includes(JSON.stringify({ 'Fn::GetAtt': [failuresId, 'Arn'] })));
    assert.ok(!statements.some((statement) => [statement.Action].flat().some((action) => action.includes('*'))), 'no wildcard actions');
  });

  it('is alarmed on: records set aside, and a source an hour behind the table', () => {
    const alarms = Object.values(resourcesOfType(templates.observability, 'AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties ?? {});
    const failures = alarms.filter(
      (alarm) => alarm['MetricName'] === 'ApproximateNumberOfMessagesVisible' && alarm['Namespace'] === 'AWS/SQS',
    );
    assert.equal(failures.length, 2, 'the dead-letter queue’s and the failures queue’s');
    const iteratorAge = alarms.filter((alarm) => alarm['MetricName'] === 'IteratorAge');
    assert.equal(iteratorAge.length, 1);
    assert.equal(iteratorAge[0]?.['Threshold'], WEBHOOK_EVENTS_ITERATOR_AGE_ALARM_MS);
  });
});
