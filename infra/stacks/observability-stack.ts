import { Duration, NestedStack, type NestedStackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import type { CapabilityFunction } from '../constructs/capability-function.ts';
import { OperationsDashboard } from '../constructs/operations-dashboard.ts';
import type { Deployment } from '../deployments.ts';
import type { ApiStack } from './api-stack.ts';
import type { DataStack } from './data-stack.ts';
import type { EventsStack } from './events-stack.ts';
import type { WorkflowStack } from './workflow-stack.ts';
import { pascalCase } from './pascal-case.ts';

export interface ObservabilityStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  /** The deployment's name: the `deployment` dimension of its business metrics. */
  readonly deploymentName: string;
  readonly data: DataStack;
  readonly api: ApiStack;
  readonly workflow: WorkflowStack;
  readonly events: EventsStack;
  readonly functions: readonly CapabilityFunction[];
}

const PERIOD = Duration.minutes(5);
/** SES's reputation metric is a fraction: 0.05 is 5 % of the mails sent bouncing. */
export const SES_BOUNCE_RATE_ALARM = 0.05;
/** Lambda's IteratorAge is in milliseconds: an hour. */
export const WEBHOOK_EVENTS_ITERATOR_AGE_ALARM_MS = 60 * 60 * 1000;

/**
 * The alarms ops act on, all sent to one SNS topic per deployment, and the deployment's dashboard
 * (constructs/operations-dashboard.ts). Most alarms fire on the first occurrence: a 5xx means a bug
 * (no client input may cause one), and throttles, failed executions or dead letters mean lost or
 * delayed work. Refusals (4xx, and 401 among them) are part of normal traffic, so those alarm on a
 * spike: a share of the requests above the deployment's threshold, in a period busy enough for the
 * share to mean something (deployments.ts `apiAlarms`).
 */
export class ObservabilityStack extends NestedStack {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: OperationsDashboard;

  constructor(scope: Construct, id: string, props: ObservabilityStackProps) {
    super(scope, id, props);

    // A customer-managed key: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
    const topicKey = new Key(this, 'AlarmTopicKey', {
      description: `cadre ${props.deployment.stage} alarm notifications`,
      enableKeyRotation: true,
    });
    topicKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    this.alarmTopic = new Topic(this, 'AlarmTopic', { masterKey: topicKey, enforceSSL: true });
    if (props.deployment.alarmEmail !== undefined) {
      this.alarmTopic.addSubscription(new EmailSubscription(props.deployment.alarmEmail));
    }

    const { api } = props.api;
    const table = props.data.table;
    const deadLetters = props.data.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: PERIOD,
      statistic: 'Maximum',
    });

    this.alarm('Api5xx', api.metricServerError({ period: PERIOD, statistic: 'Sum' }), 'The API answered 5xx');
    const { clientErrorPercent, unauthorizedPercent, minRequests } = props.deployment.apiAlarms;
    const requests = api.metricCount({ period: PERIOD, statistic: 'Sum' });
    this.alarm(
      'Api4xxSpike',
      shareOfRequests(requests, api.metricClientError({ period: PERIOD, statistic: 'Sum' }), minRequests, 'API 4xx, % of requests'),
      `${clientErrorPercent}% or more of the API's answers were 4xx in 5 minutes (of at least ${minRequests} requests)`,
      clientErrorPercent,
    );
    this.alarm(
      'Api401Spike',
      shareOfRequests(requests, props.api.unauthorizedRequests.with({ period: PERIOD }), minRequests, 'API 401, % of requests'),
      `${unauthorizedPercent}% or more of the API's answers were 401 in 5 minutes (of at least ${minRequests} requests): a client sending bad tokens, or credential stuffing`,
      unauthorizedPercent,
    );
    for (const fn of props.functions) {
      const name = pascalCase(fn.capability);
      this.alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), `${fn.capability} Lambda errors`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), `${fn.capability} Lambda throttled`);
    }
    // Throttle events of the table and of every index: a hot index partition throttles the table's writes too.
    for (const [kind, metricName] of [
      ['Read', 'ReadThrottleEvents'],
      ['Write', 'WriteThrottleEvents'],
    ] as const) {
      this.alarm(
        `Table${kind}Throttles`,
        tableAndIndexes(props.data.table.tableName, metricName),
        `DynamoDB ${kind.toLowerCase()} throttle events on the table or an index`,
      );
    }
    for (const [name, machine] of props.workflow.stateMachines) {
      this.alarm(
        `${pascalCase(name)}FailedExecutions`,
        machine.metricFailed({ period: PERIOD, statistic: 'Sum' }),
        `${name} executions failed`,
      );
    }
    this.alarm('DeadLetters', deadLetters, 'Messages in the dead-letter queue');
    this.alarm(
      'WebhookEventFailures',
      props.events.failures.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      'The webhook event source set table changes aside after its retries: their webhooks were not sent (replay them from the stream within 24 hours)',
    );
    // The stream keeps a record 24 hours: an event source an hour behind is losing ground, well before it loses records.
    this.alarm(
      'WebhookEventsIteratorAge',
      props.events.webhookEventsFunction.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum' }),
      'The webhook event source is an hour or more behind the table',
      WEBHOOK_EVENTS_ITERATOR_AGE_ALARM_MS,
    );

    // SES pauses sending for an account whose bounce rate reaches 10 %; at 5 % it puts it under review.
    this.alarm(
      'SesBounceRate',
      new Metric({ namespace: 'AWS/SES', metricName: 'Reputation.BounceRate', statistic: 'Maximum', period: Duration.hours(1) }),
      'SES bounce rate at 5% or more (this account and region): SES reviews the account at 5% and may pause its sending at 10%',
      SES_BOUNCE_RATE_ALARM,
    );

    this.dashboard = new OperationsDashboard(this, 'Operations', {
      deploymentName: props.deploymentName,
      api,
      unauthorizedRequests: props.api.unauthorizedRequests,
      table,
      stateMachines: props.workflow.stateMachines,
      deadLetterQueue: props.data.deadLetterQueue,
      functions: props.functions,
      alarms: this.alarms,
    });
  }

  private alarm(id: string, metric: IMetric, description: string, threshold = 1): void {
    const alarm = new Alarm(this, `${id}Alarm`, {
      metric,
      alarmDescription: description,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
  }
}

/** `part` as a percentage of `requests` in each period, or 0 when fewer than `minRequests` came in. */
const shareOfRequests = (requests: IMetric, part: IMetric, minRequests: number, label: string): MathExpression =>
  new MathExpression({
    expression: `IF(requests >= ${minRequests}, 100 * FILL(part, 0) / requests, 0)`,
    usingMetrics: { requests, part },
    period: PERIOD,
    label,
  });

/** A DynamoDB metric summed over the table and each of its global secondary indexes. */
const tableAndIndexes = (tableName: string, metricName: 'ReadThrottleEvents' | 'WriteThrottleEvents'): MathExpression => {
  const metric = (indexName?: string) =>
    new Metric({
      namespace: 'AWS/DynamoDB',
      metricName,
      dimensionsMap: { TableName: tableName, ...(indexName === undefined ? {} : { GlobalSecondaryIndexName: indexName }) },
      statistic: 'Sum',
      period: PERIOD,
    });
  const metrics = Object.fromEntries(
    [metric(), ...TABLE_DEFINITION.globalSecondaryIndexes.map((index) => metric(index.indexName))].map((each, index) => [
      `m${index}`,
      each,
    ]),
  );
  return new MathExpression({
    expression: Object.keys(metrics)
      .map((id) => `FILL(${id}, 0)`)
      .join(' + '),
    usingMetrics: metrics,
    period: PERIOD,
    label: `${metricName}, table and indexes`,
  });
};
