import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { ENV } from '../../shared/platform/config/env.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { CAPABILITY_ACCESS, type CapabilityAccess } from '../../infra/config/capability-access.ts';
import type { CapabilityFunction, FunctionName } from '../../infra/constructs/capability-function.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { routeCapabilities } from '../../infra/stacks/cadre-deployment.ts';
import { STATE_MACHINES } from '../../shared/platform/workflow/state-machine-manifest.ts';
import { DASHBOARD_BUNDLE_FOLDER, DASHBOARD_FILES } from '../../shared/reports/dashboard/dashboard-files.ts';
import { crossStackSource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

// Bundled for real: this file also proves that esbuild builds every handler.
const dev = synthDeployment('dev-eu-central-1', { bundle: true });
const { app, parts, templates } = dev;

interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
}

/** Every Lambda of the deployment: route capabilities, workflow tasks, the mail drainer, the certificate issuer, the Cognito trigger, the token authorizer and the webhooks' event source. */
const deployedFunctions: [FunctionName, CapabilityFunction, Template][] = [
  ...[...parts.functions.functions].map(([capability, fn]): [FunctionName, CapabilityFunction, Template] => [
    capability,
    fn,
    templates.functions,
  ]),
  ...[...parts.workflow.taskFunctions].map(([capability, fn]): [FunctionName, CapabilityFunction, Template] => [
    capability,
    fn,
    templates.workflow,
  ]),
  ['mail', parts.schedules.mailFunction, templates.schedules],
  ['issuer', parts.schedules.issuerFunction, templates.schedules],
  ['counter-rebuilder', parts.schedules.counterRebuilderFunction, templates.schedules],
  ['eraser', parts.schedules.eraserFunction, templates.schedules],
  ['webhook-dispatcher', parts.schedules.webhookDispatcherFunction, templates.schedules],
  ['account-confirmation', parts.api.accountConfirmation, templates.api],
  ['token-authorizer', parts.api.tokenAuthorizer, templates.api],
  ['webhook-events', parts.events.webhookEventsFunction, templates.events],
];

/**
 * The Cognito trigger and the token authorizer touch no data: the trigger's only right (adding users
 * to groups) is asserted in api-stack.test.ts, and the authorizer needs none (the pools' keys are public).
 */
const accessOf = (name: FunctionName): CapabilityAccess =>
  name === 'account-confirmation' || name === 'token-authorizer' ? {} : CAPABILITY_ACCESS[name];

const resourceOf = (fn: CapabilityFunction, template: Template) => {
  const logicalId = fn.stack.getLogicalId(fn.node.defaultChild as CfnFunction);
  const resource = template.toJSON().Resources[logicalId] as { Properties: Record<string, unknown> };
  assert.ok(resource !== undefined);
  return resource;
};

const statementsOf = (fn: CapabilityFunction, template: Template): Statement[] => {
  const roleId = fn.stack.getLogicalId(fn.role!.node.defaultChild as never);
  return Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((policy) => (policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement);
};

/** The folder CDK staged the function's code in: index.mjs, its source map and its chunks. */
const assetDirOf = (resource: { Properties: Record<string, unknown> }): string => {
  const { S3Key } = resource.Properties.Code as { S3Key: string };
  return join(app.outdir, `asset.${S3Key.replace(/\.zip$/, '')}`);
};

/**
 * What a cold start reads: index.mjs and every chunk it imports statically, transitively (the
 * static imports of esbuild's output are `import … from"./chunks/…"` or `import"./chunks/…"`,
 * dynamic ones `import("./…")`, which the pattern does not match).
 */
const coldStartFiles = (assetDir: string): string[] => {
  const seen = new Set<string>();
  const pending = ['index.mjs'];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of readFileSync(join(assetDir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.mjs)"/g)) {
      pending.push(join(folder, match[1]!));
    }
  }
  return [...seen];
};

const actionsOf = (statements: Statement[]): string[] => statements.flatMap((statement) => [statement.Action].flat());

describe('Lambda concurrency', () => {
  for (const [name, deployment] of Object.entries(DEPLOYMENTS)) {
    it(`${name}: reserves for the functions a runaway could starve the rest with, leaving Lambda its unreserved 100 and the HTTP capabilities most of the account`, () => {
      const { accountLimit, reserved } = deployment.lambdaConcurrency;
      assert.deepEqual(Object.keys(reserved).sort(), ['account-confirmation', 'calendar', 'docs', 'mail', 'token-authorizer', 'workflow']);
      const total = Object.values(reserved).reduce((sum, count) => sum + count, 0);
      assert.ok(accountLimit - total >= 100, `${accountLimit - total} unreserved`);
      assert.ok(accountLimit - total >= accountLimit / 2, 'at least half the account left to the HTTP capabilities');
      // Runs once a minute under a lease: more than two at once is a runaway.
      assert.ok(reserved.calendar <= 2 && reserved.mail <= 2);
    });
  }
});

describe('functions stack', () => {
  it('has one Lambda per capability of the route table, and nothing else', () => {
    const capabilities = routeCapabilities(ROUTES);
    assert.deepEqual([...parts.functions.functions.keys()], capabilities);
    assert.equal(Object.keys(resourcesOfType(templates.functions, 'AWS::Lambda::Function')).length, capabilities.length);
  });

  it('has an internships Lambda that reaches the table, starts its matching runs and placements’ moves, and touches no files or mail', () => {
    const fn = parts.functions.functions.get('internships');
    assert.ok(fn, 'an internships Lambda');
    const actions = actionsOf(statementsOf(fn, templates.functions));
    for (const action of ['dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem']) {
      assert.ok(actions.includes(action), action);
    }
    assert.deepEqual(
      actions.filter((action) => /^(s3|ses):/.test(action)),
      [],
    );
    // The internshipMatching runs (started, and asked about to resume one) and a completed placement's applicationTransition.
    assert.deepEqual([...new Set(actions.filter((action) => action.startsWith('states:')))].sort(), [
      'states:DescribeExecution',
      'states:StartExecution',
    ]);
  });

  it('has a mentoring Lambda that keeps its records in the table, queues its mail there and starts only application moves', () => {
    const fn = parts.functions.functions.get('mentoring');
    assert.ok(fn !== undefined, 'the mentoring Lambda');
    assert.deepEqual(CAPABILITY_ACCESS.mentoring, { table: 'RW' });
    const resource = resourceOf(fn, templates.functions);
    const variables = (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    const started = STATE_MACHINES.filter((machine) => variables[machine.arnEnvVar] !== undefined).map((machine) => machine.name);
    assert.deepEqual(started, ['applicationTransition']);
    assert.ok(ROUTES.filter((route) => route.capability === 'mentoring').length > 0);
  });

  it('has the workflow task Lambda of every state machine in the workflow stack', () => {
    const taskCapabilities = new Set(STATE_MACHINES.flatMap((machine) => Object.values(machine.taskFunctions)));
    assert.deepEqual([...parts.workflow.taskFunctions.keys()], [...taskCapabilities]);
  });

  it('ships PT Sans and its licences with the certificate issuer, which renders the PDFs (infra/bundling/lambda-bundle.ts)', () => {
    const assetDir = assetDirOf(resourceOf(parts.schedules.issuerFunction, templates.schedules));
    for (const file of ['400Regular/PTSans_400Regular.ttf', '700Bold/PTSans_700Bold.ttf', 'LICENSE_FONT', 'package.json']) {
      assert.ok(existsSync(join(assetDir, 'node_modules/@expo-google-fonts/pt-sans', file)), file);
    }
  });

  it('ships PT Sans and its licences with the own-data Lambda, which renders a person’s export as a PDF', () => {
    const fn = parts.functions.functions.get('own-data');
    assert.ok(fn !== undefined, 'the own-data Lambda');
    const assetDir = assetDirOf(resourceOf(fn, templates.functions));
    for (const file of ['400Regular/PTSans_400Regular.ttf', '700Bold/PTSans_700Bold.ttf', 'LICENSE_FONT', 'package.json']) {
      assert.ok(existsSync(join(assetDir, 'node_modules/@expo-google-fonts/pt-sans', file)), file);
    }
  });

  it('ships the staff dashboard page built with the docs Lambda, which serves it from there (infra/bundling/lambda-bundle.ts)', () => {
    const fn = parts.functions.functions.get('docs');
    assert.ok(fn !== undefined, 'the docs Lambda');
    const assetDir = assetDirOf(resourceOf(fn, templates.functions));
    for (const file of DASHBOARD_FILES) assert.ok(existsSync(join(assetDir, DASHBOARD_BUNDLE_FOLDER, file)), file);
  });

  // The clients only some routes use load with those routes, not at every cold start (infra/bundling/lambda-bundle.ts).
  for (const [capability, client, namespace] of [
    ['documents', 'S3', 'com.amazonaws.s3'],
    ['applications', 'Step Functions', 'com.amazonaws.sfn'],
    ['internships', 'Step Functions', 'com.amazonaws.sfn'],
    ['mentoring', 'Step Functions', 'com.amazonaws.sfn'],
  ] as const) {
    it(`leaves the ${client} client out of the ${capability} Lambda's cold start, in the chunks of the routes that use it`, () => {
      const fn = parts.functions.functions.get(capability)!;
      const assetDir = assetDirOf(resourceOf(fn, templates.functions));
      const holding = (files: readonly string[]) => files.filter((file) => readFileSync(join(assetDir, file), 'utf8').includes(namespace));
      const coldStart = coldStartFiles(assetDir);
      assert.ok(coldStart.length > 1, 'the cold start reads index.mjs and its shared chunks');
      assert.deepEqual(holding(coldStart), []);
      const chunks = readdirSync(join(assetDir, 'chunks')).map((file) => `chunks/${file}`);
      assert.ok(holding(chunks).length > 0, `the ${client} client is in the package`);
    });
  }

  for (const [capability, fn, template] of deployedFunctions) {
    describe(`the ${capability} Lambda`, () => {
      const resource = resourceOf(fn, template);

      it('runs Node.js 24 on arm64 with active tracing and JSON logs', () => {
        assert.equal(resource.Properties.Runtime, 'nodejs24.x');
        assert.deepEqual(resource.Properties.Architectures, ['arm64']);
        assert.deepEqual(resource.Properties.TracingConfig, { Mode: 'Active' });
        assert.deepEqual(resource.Properties.LoggingConfig, {
          ApplicationLogLevel: 'INFO',
          LogFormat: 'JSON',
          LogGroup: { Ref: fn.stack.getLogicalId(fn.logGroup.node.defaultChild as never) },
          SystemLogLevel: 'WARN',
        });
        template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
      });

      it('sends failed asynchronous invocations to the dead-letter queue', () => {
        const { TargetArn } = resource.Properties.DeadLetterConfig as { TargetArn: unknown };
        const source = crossStackSource(dev, fn.stack, TargetArn);
        assert.equal(source.stack, parts.data);
        assert.deepEqual(source.value, {
          'Fn::GetAtt': [parts.data.getLogicalId(parts.data.deadLetterQueue.node.defaultChild as never), 'Arn'],
        });
      });

      it("gets the deployment's personal-data retention, the days TTLs are set from", () => {
        const variables = (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        assert.equal(variables[ENV.personalDataRetentionDays], String(DEPLOYMENTS['dev-eu-central-1']!.personalDataRetentionDays));
      });

      it('never lets webhooks reach loopback (WEBHOOK_ALLOW_LOOPBACK is the local cloud’s alone)', () => {
        const variables = (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        assert.equal(variables[ENV.webhookAllowLoopback], undefined);
      });

      it('is bundled by esbuild as minified, code-split ESM with a source map', () => {
        assert.equal(resource.Properties.Handler, 'index.handler');
        const assetDir = assetDirOf(resource);
        const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
        // ESM that imports its chunks (a function that loads nothing later, like the token authorizer,
        // has none), and no run-time require() (infra/bundling/lambda-bundle.ts).
        if (existsSync(join(assetDir, 'chunks'))) assert.match(bundle, /^import\{[^}]*\}from"\.\/chunks\/chunk-[\w-]+\.mjs";/);
        assert.doesNotMatch(bundle, /Dynamic require of|createRequire/);
        // Minified: identifiers renamed and whitespace dropped (unminified output reads `export {\n  handler\n};`).
        assert.match(bundle, /export\{(?:[\w$]+ as [\w$]+,)*[\w$]+ as handler[,}]/);
        assert.ok(existsSync(join(assetDir, 'index.mjs.map')));
        assert.equal(
          (resource.Properties.Environment as { Variables: Record<string, string> }).Variables.NODE_OPTIONS,
          '--enable-source-maps',
        );
      });

      it('gets exactly the data access CAPABILITY_ACCESS declares for it', () => {
        const access = accessOf(capability);
        const variables = (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        const actions = actionsOf(statementsOf(fn, template));
        const tableActions = actions.filter((action) => action.startsWith('dynamodb:'));
        if (access.table === undefined) {
          assert.deepEqual(tableActions, []);
          assert.equal(variables[ENV.tableName], undefined);
        } else {
          assert.ok(variables[ENV.tableName] !== undefined);
          assert.ok(tableActions.includes('dynamodb:Query'));
          assert.equal(tableActions.includes('dynamodb:PutItem'), access.table === 'RW');
        }
        const documentsBucket =
          access.documents !== undefined ||
          access.exports !== undefined ||
          access.releaseExports !== undefined ||
          access.certificateFiles !== undefined ||
          access.erasesPersonalFiles === true;
        assert.equal(
          actions.some((action) => action.startsWith('s3:')),
          documentsBucket || access.verificationSite !== undefined,
        );
        assert.equal(variables[ENV.documentsBucket] !== undefined, documentsBucket);
        // The verification site: its bucket and public URL, and putting the published files (certificates.test.ts has which);
        // a function that only names certificates' pages knows the URL and nothing of the bucket; the eraser deletes credentials there.
        assert.equal(
          variables[ENV.verificationBucket] !== undefined,
          access.verificationSite === 'RW' || access.erasesPersonalFiles === true,
        );
        assert.equal(
          variables[ENV.certificatesPublicUrl] !== undefined,
          access.verificationSite === 'RW' || access.verificationUrl === true,
        );
        // Signing credentials: the KMS signer and its key, kms:Sign on it (certificates.test.ts has which key).
        assert.equal(actions.includes('kms:Sign'), access.signsCredentials === true);
        assert.equal(variables[ENV.certificateSigner], access.signsCredentials === true ? 'kms' : undefined);
        // Score exports: reading the files (to sign links) is all RO grants; writing them is RW's.
        if (access.exports !== undefined && access.documents === undefined) {
          assert.deepEqual(
            [...new Set(actions.filter((action) => action.startsWith('s3:')))].sort(),
            access.exports === 'RW' ? ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'] : ['s3:GetObject'],
          );
        }
        // Release exports: writing their files and reading them back to sign a download, nothing else of the bucket.
        if (access.releaseExports !== undefined && access.documents === undefined && access.exports === undefined) {
          assert.deepEqual(
            [...new Set(actions.filter((action) => action.startsWith('s3:')))].sort(),
            access.releaseExports === 'RW' ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject'],
          );
        }
        assert.equal(actions.includes('ses:SendEmail'), access.sendsMail === true);
        assert.equal(variables[ENV.mailFrom] !== undefined, access.sendsMail === true);
        assert.ok(!actions.some((action) => action.includes('*')), 'no wildcard actions');
      });

      it('starts exactly the state machines the manifest says it starts', () => {
        const variables = (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        const statements = statementsOf(fn, template);
        const grants = statements.filter((statement) => actionsOf([statement]).includes('states:StartExecution'));
        let started = 0;
        for (const machine of STATE_MACHINES) {
          const starts = (machine.startedBy as readonly string[]).includes(capability);
          assert.equal(variables[machine.arnEnvVar] !== undefined, starts, machine.arnEnvVar);
          const machineArn = parts.workflow.stateMachines.get(machine.name)!.stateMachineArn;
          assert.ok(machineArn.length > 0);
          if (starts) started += 1;
        }
        // StartExecution on each machine it starts (CDK may merge the grants into one statement), none otherwise.
        assert.equal(grants.flatMap((statement) => [statement.Resource].flat()).length, started);
      });

      it('asks about executions only of the machines the manifest says it describes, and of no other', () => {
        const described = statementsOf(fn, template).filter((statement) => actionsOf([statement]).includes('states:DescribeExecution'));
        const machines = STATE_MACHINES.filter((machine) =>
          ((machine as { describedBy?: readonly string[] }).describedBy ?? []).includes(capability),
        );
        assert.equal(described.length, machines.length);
        for (const statement of described) {
          assert.deepEqual(actionsOf([statement]), ['states:DescribeExecution'], 'no other action rides along');
          // arn:…:execution:<machine name>:* — the executions of one machine, never every machine's.
          assert.match(JSON.stringify(statement.Resource), /:execution:.*:\*"/);
        }
      });

      it("reserves the concurrency the deployment sets for it, or none (sharing the account's unreserved pool)", () => {
        const reserved = (DEPLOYMENTS['dev-eu-central-1']!.lambdaConcurrency.reserved as Record<string, number>)[capability];
        assert.equal(resource.Properties.ReservedConcurrentExecutions, reserved);
      });

      it('has no managed policies on its role', () => {
        const role = fn.executionRole.node.defaultChild as never;
        const roleResource = template.toJSON().Resources[fn.stack.getLogicalId(role)] as { Properties: Record<string, unknown> };
        assert.equal(roleResource.Properties.ManagedPolicyArns, undefined);
      });
    });
  }
});
