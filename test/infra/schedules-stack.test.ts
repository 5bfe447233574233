import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { CAPABILITY_ACCESS } from '../../infra/config/capability-access.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { SCHEDULES } from '../../infra/schedules/index.ts';
import { ENV } from '../../shared/platform/config/env.ts';
import { crossStackSource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
const { parts, templates } = dev;

interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
}

const logicalIdOf = (fn: { stack: { getLogicalId: (element: never) => string }; node: { defaultChild: unknown } }) =>
  fn.stack.getLogicalId(fn.node.defaultChild as never);

describe('schedules stack', () => {
  const schedules = Object.values(resourcesOfType(templates.schedules, 'AWS::Scheduler::Schedule'));

  it('has one EventBridge Scheduler schedule per manifest entry, invoking its target Lambda with its payload at its rate, retried briefly without a dead-letter queue', () => {
    assert.equal(schedules.length, SCHEDULES.length);
    for (const manifest of SCHEDULES) {
      const schedule = schedules.find((candidate) => String(candidate.Properties?.['Description']).endsWith(` ${manifest.name}`));
      assert.ok(schedule !== undefined, manifest.name);
      const properties = schedule.Properties as {
        ScheduleExpression: string;
        State?: string;
        Target: { Arn: unknown; Input: string; RetryPolicy: unknown; DeadLetterConfig?: unknown };
      };
      assert.equal(properties.ScheduleExpression, `rate(${manifest.rateMinutes} minute${manifest.rateMinutes === 1 ? '' : 's'})`);
      assert.notEqual(properties.State, 'DISABLED');
      assert.deepEqual(JSON.parse(properties.Target.Input), manifest.payload);
      assert.deepEqual(properties.Target.RetryPolicy, { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 2 });
      assert.equal(properties.Target.DeadLetterConfig, undefined);

      const fn = {
        calendar: parts.schedules.calendarFunction,
        mail: parts.schedules.mailFunction,
        issuer: parts.schedules.issuerFunction,
        'counter-rebuilder': parts.schedules.counterRebuilderFunction,
        eraser: parts.schedules.eraserFunction,
        'webhook-dispatcher': parts.schedules.webhookDispatcherFunction,
      }[manifest.target];
      assert.match(JSON.stringify(properties.Target.Arn), new RegExp(logicalIdOf(fn as never)));
    }
  });

  it('lets the calendar tick start and describe cohortGate, reviewAssignment and internshipMatching executions, and nothing else of Step Functions', () => {
    const calendarFn = templates.schedules.toJSON().Resources[logicalIdOf(parts.schedules.calendarFunction as never)] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    for (const variable of [
      'COHORT_GATE_STATE_MACHINE_ARN',
      'REVIEW_ASSIGNMENT_STATE_MACHINE_ARN',
      'INTERNSHIP_MATCHING_STATE_MACHINE_ARN',
    ]) {
      const arn = calendarFn.Properties.Environment.Variables[variable];
      assert.equal(crossStackSource(dev, parts.schedules, arn).stack, parts.workflow, variable);
    }
    const statements = Object.values(resourcesOfType(templates.schedules, 'AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties?.['Roles']).includes('CalendarFunctionRole'))
      .flatMap((policy) => (policy.Properties!['PolicyDocument'] as { Statement: Statement[] }).Statement);
    const states = statements.flatMap((statement) => [statement.Action].flat()).filter((action) => action.startsWith('states:'));
    assert.deepEqual([...new Set(states)].sort(), ['states:DescribeExecution', 'states:StartExecution']);
    // Started on each machine: each one's ARN, as the workflow part exports it, is a resource of the starts.
    const starts = JSON.stringify(statements.filter((statement) => [statement.Action].flat().includes('states:StartExecution')));
    for (const variable of [
      'COHORT_GATE_STATE_MACHINE_ARN',
      'REVIEW_ASSIGNMENT_STATE_MACHINE_ARN',
      'INTERNSHIP_MATCHING_STATE_MACHINE_ARN',
    ]) {
      assert.ok(starts.includes(JSON.stringify(calendarFn.Properties.Environment.Variables[variable])), variable);
    }
  });

  it('runs the drainer at the deployment’s SES rate, and only the drainer may send mail', () => {
    const mailFn = templates.schedules.toJSON().Resources[logicalIdOf(parts.schedules.mailFunction as never)] as {
      Properties: { Environment: { Variables: Record<string, unknown> }; Timeout: number };
    };
    assert.equal(
      mailFn.Properties.Environment.Variables[ENV.mailSendRatePerSecond],
      String(DEPLOYMENTS['dev-eu-central-1']!.mailSendRatePerSecond),
    );
    assert.equal(mailFn.Properties.Timeout, 60);

    const senders = Object.entries(CAPABILITY_ACCESS)
      .filter(([, access]) => 'sendsMail' in access && access.sendsMail === true)
      .map(([name]) => name);
    assert.deepEqual(senders, ['mail']);
    for (const [part, template] of Object.entries(templates)) {
      const statements = Object.values(resourcesOfType(template, 'AWS::IAM::Policy')).flatMap(
        (policy) => (policy.Properties!['PolicyDocument'] as { Statement: Statement[] }).Statement,
      );
      const sending = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('ses:')));
      assert.equal(sending.length, part === 'schedules' ? 1 : 0, `ses: actions in the ${part} part`);
    }
  });

  it('lets the eraser delete every version of people’s files under their prefixes only, list versions there only, and delete accounts of the applicants’ pool only', () => {
    const eraserFn = templates.schedules.toJSON().Resources[logicalIdOf(parts.schedules.eraserFunction as never)] as {
      Properties: { Environment: { Variables: Record<string, unknown> }; Timeout: number };
    };
    const variables = eraserFn.Properties.Environment.Variables;
    assert.equal(crossStackSource(dev, parts.schedules, variables[ENV.applicantsPoolId]).stack, parts.api);
    const statements = Object.values(resourcesOfType(templates.schedules, 'AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties?.['Roles']).includes('EraserFunctionRole'))
      .flatMap((policy) => (policy.Properties!['PolicyDocument'] as { Statement: (Statement & { Condition?: unknown })[] }).Statement);
    const actions = new Set(statements.flatMap((statement) => [statement.Action].flat()));
    assert.deepEqual([...actions].filter((action) => action.startsWith('s3:') || action.startsWith('cognito-idp:')).sort(), [
      'cognito-idp:AdminDeleteUser',
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:ListBucket',
      's3:ListBucketVersions',
    ]);
    const deletes = JSON.stringify(statements.filter((statement) => [statement.Action].flat().includes('s3:DeleteObjectVersion')));
    for (const prefix of ['uploads/*', 'verified/*', 'certificates/*', 'credentials/*']) assert.ok(deletes.includes(prefix), prefix);
    for (const listing of statements.filter((statement) => [statement.Action].flat().includes('s3:ListBucketVersions'))) {
      assert.match(JSON.stringify(listing.Condition), /s3:prefix/);
    }
    const accounts = statements.filter((statement) => [statement.Action].flat().includes('cognito-idp:AdminDeleteUser'));
    assert.equal(accounts.length, 1);
    assert.equal(crossStackSource(dev, parts.schedules, accounts[0]?.Resource).stack, parts.api);
  });

  it('keeps the rate per deployment: the sandbox rate in dev, the production rate in prod', () => {
    assert.equal(DEPLOYMENTS['dev-eu-central-1']?.mailSendRatePerSecond, 1);
    assert.ok((DEPLOYMENTS['prod-eu-north-1']?.mailSendRatePerSecond ?? 0) > 1);
  });
});
