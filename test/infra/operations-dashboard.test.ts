import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { CapabilityFunction, metricsServiceName } from '../../infra/constructs/capability-function.ts';
import { SES_BOUNCE_RATE_ALARM } from '../../infra/stacks/observability-stack.ts';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { ENV } from '../../shared/platform/config/env.ts';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from '../../shared/platform/observability/metrics.ts';
import { crossStackSource, onlyResource, resourcesOfType, type StackPart, synthDeployment } from './support/synth-deployment.ts';

/** One line of a graph: `[namespace, metricName, dimension, value, …, options]`, or a math expression. */
type MetricLine = readonly unknown[];
interface Line {
  readonly namespace?: string;
  readonly metricName?: string;
  readonly dimensions: Readonly<Record<string, unknown>>;
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * The dashboard's body with each CloudFormation value in it (a function's name, an alarm's ARN) left as
 * its JSON text, so the widgets can be read as the console will.
 */
const dashboardWidgets = (template: Template): { type: string; properties: { title?: string; metrics?: MetricLine[] } }[] => {
  const body = onlyResource(template, 'AWS::CloudWatch::Dashboard').Properties?.['DashboardBody'] as
    | string
    | { 'Fn::Join': [string, unknown[]] };
  const text =
    typeof body === 'string'
      ? body
      : body['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : JSON.stringify(JSON.stringify(part)).slice(1, -1))).join('');
  return (JSON.parse(text) as { widgets: ReturnType<typeof dashboardWidgets> }).widgets;
};

const linesOf = (line: MetricLine): Line => {
  const last = line.at(-1);
  const options = typeof last === 'object' && last !== null ? (last as Record<string, unknown>) : {};
  if (options['expression'] !== undefined) return { dimensions: {}, options };
  const [namespace, metricName, ...rest] = line.filter((part) => typeof part !== 'object' || part === null) as unknown[];
  const dimensions: Record<string, unknown> = {};
  for (let index = 0; index + 1 < rest.length; index += 2) dimensions[String(rest[index])] = rest[index + 1];
  return { namespace: String(namespace), metricName: String(metricName), dimensions, options };
};

for (const name of ['dev-eu-central-1', 'prod-eu-north-1']) {
  describe(`the operations dashboard and metrics of ${name}`, () => {
    const synthesized = synthDeployment(name);
    const { stack, parts, templates } = synthesized;
    const observability = templates.observability;
    const widgets = dashboardWidgets(observability);
    const lines = widgets.flatMap((widget) => (widget.properties.metrics ?? []).map(linesOf));
    const on = (namespace: string, metricName: string) =>
      lines.filter((line) => line.namespace === namespace && line.metricName === metricName);
    // Every Lambda cadre runs, whichever part made it (a Lambda CDK adds for a custom resource is not one).
    const functions = stack.node.findAll().filter((construct) => construct instanceof CapabilityFunction);

    it('has one dashboard, in the observability part, named by a stack output', () => {
      observability.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
      const outputs = synthesized.root.toJSON().Outputs as Record<string, { Value: unknown }>;
      assert.match(JSON.stringify(outputs['OperationsDashboardName']?.Value), /Observability/);
    });

    it('graphs API latency at p50, p90 and p99, and its 4xx and 5xx answers', () => {
      assert.deepEqual(
        on('AWS/ApiGateway', 'Latency').map((line) => line.options['stat']),
        ['p50', 'p90', 'p99'],
      );
      for (const metricName of ['Count', '4xx', '5xx']) assert.equal(on('AWS/ApiGateway', metricName).length, 1, metricName);
    });

    it('graphs the duration, errors and throttles of every Lambda', () => {
      for (const metricName of ['Duration', 'Errors', 'Throttles']) {
        const graphed = on('AWS/Lambda', metricName);
        assert.deepEqual(graphed.map((line) => line.options['label']).sort(), functions.map((fn) => fn.capability).sort(), metricName);
        assert.equal(new Set(graphed.map((line) => JSON.stringify(line.dimensions['FunctionName']))).size, functions.length);
      }
    });

    it('graphs consumed capacity and throttle events of the table and of every index', () => {
      const indexes = [undefined, ...TABLE_DEFINITION.globalSecondaryIndexes.map((index) => index.indexName)];
      for (const metricName of ['ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits', 'ReadThrottleEvents', 'WriteThrottleEvents']) {
        assert.deepEqual(
          on('AWS/DynamoDB', metricName).map((line) => line.dimensions['GlobalSecondaryIndexName']),
          indexes,
          metricName,
        );
      }
    });

    it("graphs the cohort gate machine's executions started, succeeded and failed", () => {
      const cohortGate = parts.workflow.stateMachines.get('cohortGate')!;
      const machineRef = { Ref: parts.workflow.getLogicalId(cohortGate.node.defaultChild as CfnStateMachine) };
      for (const metricName of ['ExecutionsStarted', 'ExecutionsSucceeded', 'ExecutionsFailed']) {
        const [line, ...others] = on('AWS/States', metricName).filter((each) => {
          const arn = JSON.parse(String(each.dimensions['StateMachineArn'])) as unknown;
          const source = crossStackSource(synthesized, parts.observability, arn);
          return source.stack === parts.workflow && JSON.stringify(source.value) === JSON.stringify(machineRef);
        });
        assert.ok(line !== undefined && others.length === 0, metricName);
      }
    });

    it("graphs the mail drainer's due, sent and undeliverable mails from its business metrics, in this deployment only", () => {
      for (const metricName of ['MailQueueDepth', 'MailsSent', 'MailsUndeliverable']) {
        const [line, ...others] = on(METRICS_NAMESPACE, metricName);
        assert.ok(line !== undefined && others.length === 0, metricName);
        assert.deepEqual(line.dimensions, { service: metricsServiceName('mail'), deployment: name });
      }
    });

    it('graphs SES bounces and complaints, counts and reputation rates', () => {
      for (const metricName of ['Bounce', 'Complaint', 'Reputation.BounceRate', 'Reputation.ComplaintRate']) {
        assert.equal(on('AWS/SES', metricName).length, 1, metricName);
      }
    });

    it('graphs every business metric, those by programme and stage through a query of this deployment', () => {
      const expressions = lines.map((line) => line.options['expression']).filter((expression) => typeof expression === 'string');
      assert.ok(
        expressions.includes(
          `SELECT SUM(ApplicationsSubmitted) FROM SCHEMA(${METRICS_NAMESPACE}, deployment, programmeId, service) WHERE deployment = '${name}' GROUP BY programmeId`,
        ),
      );
      assert.ok(
        expressions.includes(
          `SELECT SUM(ApplicationTransitions) FROM SCHEMA(${METRICS_NAMESPACE}, deployment, programmeId, service, toStage) WHERE deployment = '${name}' GROUP BY programmeId, toStage`,
        ),
      );
      const graphed = new Set([
        ...lines.filter((line) => line.namespace === METRICS_NAMESPACE).map((line) => line.metricName),
        ...expressions.map((expression) => /SUM\((\w+)\)/.exec(expression)?.[1]),
      ]);
      for (const metric of Object.keys(BUSINESS_METRICS)) assert.ok(graphed.has(metric), metric);
    });

    it('alarms when the SES bounce rate reaches 5 %, to the alarm topic', () => {
      const [alarm, ...others] = Object.values(resourcesOfType(observability, 'AWS::CloudWatch::Alarm'))
        .map((each) => each.Properties ?? {})
        .filter((each) => each['Namespace'] === 'AWS/SES' && each['MetricName'] === 'Reputation.BounceRate');
      assert.ok(alarm !== undefined && others.length === 0);
      assert.equal(alarm['Threshold'], SES_BOUNCE_RATE_ALARM);
      assert.equal(alarm['Statistic'], 'Maximum');
      assert.equal(alarm['ComparisonOperator'], 'GreaterThanOrEqualToThreshold');
      assert.deepEqual(alarm['AlarmActions'], [{ Ref: Object.keys(resourcesOfType(observability, 'AWS::SNS::Topic'))[0] }]);
    });

    it('enables business metrics on every function, in the cadre namespace, with the deployment as a dimension', () => {
      const cadreLambdas = Object.values(templates).flatMap((template) =>
        Object.values(resourcesOfType(template, 'AWS::Lambda::Function')).filter((resource) =>
          JSON.stringify(resource.Properties?.['Environment'] ?? {}).includes('"POWERTOOLS_SERVICE_NAME"'),
        ),
      );
      assert.equal(cadreLambdas.length, functions.length);
      const templateOf = new Map((Object.keys(parts) as StackPart[]).map((part) => [parts[part], templates[part]] as const));
      for (const fn of functions) {
        const template = templateOf.get(fn.stack as (typeof parts)[StackPart])!;
        const resource = resourcesOfType(template, 'AWS::Lambda::Function')[fn.stack.getLogicalId(fn.node.defaultChild as never)];
        const environment = resource?.Properties?.['Environment'] as { Variables?: Record<string, unknown> } | undefined;
        const variables = environment?.Variables ?? {};
        assert.deepEqual(
          [
            variables['POWERTOOLS_METRICS_NAMESPACE'],
            variables['POWERTOOLS_METRICS_DISABLED'],
            variables[ENV.deploymentName],
            variables['POWERTOOLS_SERVICE_NAME'],
          ],
          [METRICS_NAMESPACE, 'false', name, metricsServiceName(fn.capability)],
          fn.capability,
        );
      }
    });
  });
}
