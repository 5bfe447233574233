import { Duration } from 'aws-cdk-lib';
import { type Alarm, AlarmStatusWidget, Dashboard, GraphWidget, MathExpression, Metric, TextWidget } from 'aws-cdk-lib/aws-cloudwatch';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { BUSINESS_METRICS, type BusinessMetric, METRICS_NAMESPACE } from '../../shared/platform/observability/metrics.ts';
import type { StateMachineName } from '../../shared/platform/workflow/state-machine-manifest.ts';
import { type CapabilityFunction, metricsServiceName } from './capability-function.ts';

export interface OperationsDashboardProps {
  /** The deployment's name: the `deployment` dimension of its business metrics. */
  readonly deploymentName: string;
  readonly api: HttpApi;
  /** 401 answers, counted from the API's access logs (api-stack.ts). */
  readonly unauthorizedRequests: Metric;
  readonly table: ITable;
  readonly stateMachines: ReadonlyMap<StateMachineName, StateMachine>;
  readonly deadLetterQueue: IQueue;
  readonly functions: readonly CapabilityFunction[];
  readonly alarms: readonly Alarm[];
}

/** The period of every graph: fine enough to see a deadline's rush, coarse enough to stay cheap to read. */
export const DASHBOARD_PERIOD = Duration.minutes(5);

/** SES publishes its reputation (bounce and complaint rates) for the account and region, about hourly. */
const REPUTATION_PERIOD = Duration.hours(1);

/**
 * A deployment's one CloudWatch dashboard, in the order ops read it during an incident: the alarms;
 * the API (traffic, errors, latency); the Lambdas; the table and its indexes; the cohort gate and the
 * other workflows; mail (the queue, SES's reputation); what the programmes are doing (business metrics).
 * AWS metrics are per resource; business metrics are the functions' own (namespace `cadre`), which
 * carry the deployment as a dimension, so deployments sharing an account keep apart.
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const period = DASHBOARD_PERIOD;
    const { api, table } = props;
    const business = (metric: BusinessMetric, service: string, statistic = 'Sum', label?: string) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: metric,
        dimensionsMap: { service, deployment: props.deploymentName },
        statistic,
        period,
        ...(label === undefined ? {} : { label }),
      });
    const mailService = metricsServiceName('mail');
    const cohortGate = props.stateMachines.get('cohortGate');
    if (cohortGate === undefined) throw new Error('The workflow has no cohortGate state machine');
    const otherMachines = [...props.stateMachines].filter(([name]) => name !== 'cohortGate');
    const perIndex = (metricName: string, statistic: string) =>
      [undefined, ...TABLE_DEFINITION.globalSecondaryIndexes.map((index) => index.indexName)].map(
        (indexName) =>
          new Metric({
            namespace: 'AWS/DynamoDB',
            metricName,
            dimensionsMap: { TableName: table.tableName, ...(indexName === undefined ? {} : { GlobalSecondaryIndexName: indexName }) },
            statistic,
            period,
            label: `${metricName} ${indexName ?? 'table'}`,
          }),
      );
    const ses = (metricName: string, statistic: string, label: string) =>
      new Metric({
        namespace: 'AWS/SES',
        metricName,
        statistic,
        period: metricName.startsWith('Reputation.') ? REPUTATION_PERIOD : period,
        label,
      });

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(3) });
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24 }));

    this.dashboard.addWidgets(
      heading('API'),
      new GraphWidget({
        title: 'API requests and errors',
        left: [api.metricCount({ period, statistic: 'Sum', label: 'requests' })],
        right: [
          api.metricClientError({ period, statistic: 'Sum', label: '4xx' }),
          props.unauthorizedRequests.with({ period, label: '401' }),
          api.metricServerError({ period, statistic: 'Sum', label: '5xx' }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (p50, p90, p99)',
        left: ['p50', 'p90', 'p99'].map((statistic) => api.metricLatency({ period, statistic, label: statistic })),
        width: 12,
      }),
    );

    this.dashboard.addWidgets(
      heading('Lambda functions'),
      new GraphWidget({
        title: 'Lambda duration (p99)',
        left: props.functions.map((fn) => fn.metricDuration({ period, statistic: 'p99', label: fn.capability })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Lambda errors',
        left: props.functions.map((fn) => fn.metricErrors({ period, statistic: 'Sum', label: fn.capability })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Lambda throttles',
        left: props.functions.map((fn) => fn.metricThrottles({ period, statistic: 'Sum', label: fn.capability })),
        width: 8,
      }),
    );

    this.dashboard.addWidgets(
      heading('DynamoDB: the table and its indexes'),
      new GraphWidget({
        title: 'Consumed read capacity units',
        left: perIndex('ConsumedReadCapacityUnits', 'Sum'),
        width: 6,
      }),
      new GraphWidget({
        title: 'Consumed write capacity units',
        left: perIndex('ConsumedWriteCapacityUnits', 'Sum'),
        width: 6,
      }),
      new GraphWidget({
        title: 'Read throttle events',
        left: perIndex('ReadThrottleEvents', 'Sum'),
        width: 6,
      }),
      new GraphWidget({
        title: 'Write throttle events',
        left: perIndex('WriteThrottleEvents', 'Sum'),
        width: 6,
      }),
    );

    this.dashboard.addWidgets(
      heading('Workflows'),
      new GraphWidget({
        title: 'Cohort gate runs',
        left: [
          cohortGate.metricStarted({ period, label: 'started' }),
          cohortGate.metricSucceeded({ period, label: 'succeeded' }),
          cohortGate.metricFailed({ period, label: 'failed' }),
          cohortGate.metricTimedOut({ period, label: 'timed out' }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Other workflows (failed) and dead letters',
        left: otherMachines.map(([name, machine]) => machine.metricFailed({ period, label: `${name} failed` })),
        right: [props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum', label: 'dead letters' })],
        width: 12,
      }),
    );

    this.dashboard.addWidgets(
      heading('Mail'),
      new GraphWidget({
        title: 'Mail queue: due mails a drain found, sent, undeliverable',
        left: [business('MailQueueDepth', mailService, 'Maximum', 'due (largest drain)')],
        right: [business('MailsSent', mailService, 'Sum', 'sent'), business('MailsUndeliverable', mailService, 'Sum', 'undeliverable')],
        width: 12,
      }),
      new GraphWidget({
        title: 'SES bounces and complaints (account, this region)',
        left: [ses('Bounce', 'Sum', 'bounces'), ses('Complaint', 'Sum', 'complaints')],
        right: [ses('Reputation.BounceRate', 'Maximum', 'bounce rate'), ses('Reputation.ComplaintRate', 'Maximum', 'complaint rate')],
        width: 12,
      }),
    );

    this.dashboard.addWidgets(
      heading('Programmes'),
      new GraphWidget({
        title: 'Applications submitted, by programme',
        left: [this.insights('ApplicationsSubmitted', props.deploymentName)],
        width: 8,
      }),
      new GraphWidget({
        title: 'Stage moves, by programme and stage',
        left: [this.insights('ApplicationTransitions', props.deploymentName)],
        width: 8,
      }),
      new GraphWidget({
        title: 'Certificates issued',
        left: [business('CertificatesIssued', metricsServiceName('issuer'), 'Sum', 'issued')],
        width: 8,
      }),
    );
  }

  /**
   * A business metric summed over the functions that emit it, one line per value of its own
   * dimensions (a Metrics Insights query: programme and stage ids are data, unknown at synth).
   */
  private insights(metric: BusinessMetric, deploymentName: string): MathExpression {
    const dimensions: readonly string[] = BUSINESS_METRICS[metric];
    const schema = [METRICS_NAMESPACE, ...['deployment', 'service', ...dimensions].sort()].join(', ');
    return new MathExpression({
      expression: `SELECT SUM(${metric}) FROM SCHEMA(${schema}) WHERE deployment = '${deploymentName}' GROUP BY ${dimensions.join(', ')}`,
      period: DASHBOARD_PERIOD,
      label: '',
    });
  }
}

const heading = (text: string): TextWidget => new TextWidget({ markdown: `## ${text}`, width: 24, height: 1 });
