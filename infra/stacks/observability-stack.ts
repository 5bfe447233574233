import { Duration, NestedStack, type NestedStackProps } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import type { ApiStack } from './api-stack.ts';
import type { DataStack } from './data-stack.ts';
import type { WorkflowStack } from './workflow-stack.ts';
import { pascalCase } from './pascal-case.ts';

export interface ObservabilityStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  readonly data: DataStack;
  readonly api: ApiStack;
  readonly workflow: WorkflowStack;
  readonly functions: readonly CapabilityFunction[];
}

const PERIOD = Duration.minutes(5);

/**
 * One dashboard and the alarms ops act on. Every alarm fires on the first occurrence: a 5xx means a
 * bug (no client input may cause one), and throttles, failed executions or dead letters mean lost
 * or delayed work.
 */
export class ObservabilityStack extends NestedStack {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];

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
    const tableThrottles = table.metricThrottledRequestsForOperations({
      operations: [
        Operation.GET_ITEM,
        Operation.BATCH_GET_ITEM,
        Operation.QUERY,
        Operation.PUT_ITEM,
        Operation.UPDATE_ITEM,
        Operation.DELETE_ITEM,
        Operation.BATCH_WRITE_ITEM,
        Operation.TRANSACT_WRITE_ITEMS,
        Operation.TRANSACT_GET_ITEMS,
      ],
      period: PERIOD,
    });
    const deadLetters = props.data.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: PERIOD,
      statistic: 'Maximum',
    });

    this.alarm('Api5xx', api.metricServerError({ period: PERIOD, statistic: 'Sum' }), 'The API answered 5xx');
    for (const fn of props.functions) {
      const name = pascalCase(fn.capability);
      this.alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), `${fn.capability} Lambda errors`);
      this.alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), `${fn.capability} Lambda throttled`);
    }
    this.alarm('TableThrottles', tableThrottles, 'DynamoDB throttled requests');
    for (const [name, machine] of props.workflow.stateMachines) {
      this.alarm(
        `${pascalCase(name)}FailedExecutions`,
        machine.metricFailed({ period: PERIOD, statistic: 'Sum' }),
        `${name} executions failed`,
      );
    }
    this.alarm('DeadLetters', deadLetters, 'Messages in the dead-letter queue');

    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(3) });
    dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }),
      new GraphWidget({
        title: 'API requests and errors',
        left: [api.metricCount({ period: PERIOD }), api.metricClientError({ period: PERIOD }), api.metricServerError({ period: PERIOD })],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (p50, p99)',
        left: [api.metricLatency({ period: PERIOD, statistic: 'p50' }), api.metricLatency({ period: PERIOD, statistic: 'p99' })],
        width: 12,
      }),
      new GraphWidget({
        title: 'Lambda errors and throttles',
        left: props.functions.flatMap((fn) => [fn.metricErrors({ period: PERIOD }), fn.metricThrottles({ period: PERIOD })]),
        width: 12,
      }),
      new GraphWidget({
        title: 'Lambda duration (p99)',
        left: props.functions.map((fn) => fn.metricDuration({ period: PERIOD, statistic: 'p99' })),
        width: 12,
      }),
      new GraphWidget({
        title: 'DynamoDB consumed capacity and throttles',
        left: [table.metricConsumedReadCapacityUnits({ period: PERIOD }), table.metricConsumedWriteCapacityUnits({ period: PERIOD })],
        right: [tableThrottles],
        width: 12,
      }),
      new GraphWidget({
        title: 'Workflows and dead letters',
        left: [...props.workflow.stateMachines.values()].flatMap((machine) => [
          machine.metricSucceeded({ period: PERIOD }),
          machine.metricFailed({ period: PERIOD }),
        ]),
        right: [deadLetters],
        width: 12,
      }),
    );
  }

  private alarm(id: string, metric: IMetric, description: string): void {
    const alarm = new Alarm(this, `${id}Alarm`, {
      metric,
      alarmDescription: description,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    this.alarms.push(alarm);
  }
}
