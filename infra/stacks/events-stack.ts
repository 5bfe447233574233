import { Duration, NestedStack, type NestedStackProps } from 'aws-cdk-lib';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { CAPABILITY_ACCESS } from '../config/capability-access.ts';
import { WEBHOOK_EVENT_SOURCE } from '../config/webhook-event-source.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledge } from '../nag/acknowledge.ts';
import type { DataStack } from './data-stack.ts';
import { bindCapabilityAccess } from './bind-capability-access.ts';

export interface EventsStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  readonly data: DataStack;
}

/**
 * The webhooks' event source: the `webhook-events` Lambda reading the table's stream through an
 * event source mapping that lets through only the changes webhooks are made of
 * (infra/config/webhook-event-source.ts), and the queue where the places of records it could not
 * handle after its retries are kept. After the data part, whose table's stream it reads.
 */
export class EventsStack extends NestedStack {
  readonly webhookEventsFunction: CapabilityFunction;
  /**
   * Where the event source mapping sends what it gave up on: the shard and the range of sequence
   * numbers, never the records themselves (so nothing personal). Ops read those records from the
   * stream within its 24 hours, fix the cause and replay them.
   */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: EventsStackProps) {
    super(scope, id, props);

    this.failures = new Queue(this, 'WebhookEventFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.failures,
      'AwsSolutions-SQS3',
      'This queue is itself where the webhook event source sets failed batches aside; ops inspect and replay from it.',
    );

    this.webhookEventsFunction = new CapabilityFunction(this, 'WebhookEventsFunction', {
      capability: 'webhook-events',
      deployment: props.deployment,
      deadLetterQueue: props.data.deadLetterQueue,
      // A batch is a hundred records at most, mapped in memory, and one hand-over to the fan-out.
      timeout: Duration.seconds(60),
    });
    bindCapabilityAccess(this.webhookEventsFunction, CAPABILITY_ACCESS['webhook-events'], props.data, props.deployment);

    const source = WEBHOOK_EVENT_SOURCE;
    // Grants the function the stream's reads (DescribeStream, GetRecords, GetShardIterator, ListStreams) and the table key's decrypt.
    this.webhookEventsFunction.addEventSource(
      new DynamoEventSource(props.data.table, {
        startingPosition: StartingPosition[source.startingPosition],
        batchSize: source.batchSize,
        maxBatchingWindow: Duration.seconds(source.maxBatchingWindowSeconds),
        retryAttempts: source.retryAttempts,
        bisectBatchOnError: source.bisectBatchOnError,
        parallelizationFactor: source.parallelizationFactor,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.failures),
        filters: source.filterPatterns.map((pattern) => ({ pattern: JSON.stringify(pattern) })),
      }),
    );
    acknowledge(
      this.webhookEventsFunction.executionRole,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) and dynamodb:ListStreams (the event source mapping) do not support resource-level permissions; the stream reads themselves are granted on the table stream ARN only.',
    );
  }
}
