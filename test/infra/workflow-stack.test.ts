import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { STATE_MACHINES } from '../../shared/platform/workflow/state-machine-manifest.ts';
import { aslPath } from '../../infra/workflows/asl-path.ts';
import { resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

/** asl-validator ships no types; this is the call its README documents. */
type AslValidator = (
  definition: unknown,
  options?: { checkArn?: boolean; checkPaths?: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };
const validateAsl = createRequire(import.meta.url)('asl-validator') as AslValidator;

const { parts, templates } = synthDeployment('dev-eu-central-1');
const workflow = templates.workflow;

const placeholdersIn = (asl: string): string[] => [...new Set([...asl.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]!))];

for (const manifest of STATE_MACHINES) {
  describe(`state machine ${manifest.name}`, () => {
    const machine = parts.workflow.stateMachines.get(manifest.name);
    assert.ok(machine !== undefined);
    const logicalId = parts.workflow.getLogicalId(machine.node.defaultChild as CfnStateMachine);
    const properties = workflow.toJSON().Resources[logicalId].Properties as Record<string, unknown>;
    const asl = readFileSync(aslPath(manifest), 'utf8');

    it(`is a ${manifest.type} machine deployed from ${manifest.file}`, () => {
      assert.equal(properties.StateMachineType, manifest.type);
      assert.ok(properties.DefinitionS3Location !== undefined);
    });

    it('logs errors only, without execution data, and is traced', () => {
      const logging = properties.LoggingConfiguration as { Level: string; IncludeExecutionData: boolean; Destinations: unknown[] };
      assert.equal(logging.Level, 'ERROR');
      assert.equal(logging.IncludeExecutionData, false);
      assert.equal(logging.Destinations.length, 1);
      assert.deepEqual(properties.TracingConfiguration, { Enabled: true });
    });

    it('substitutes every ASL placeholder with the ARN of its capability Lambda, which it alone may invoke', () => {
      assert.deepEqual(placeholdersIn(asl).sort(), Object.keys(manifest.taskFunctions).sort());
      const substitutions = properties.DefinitionSubstitutions as Record<string, unknown>;
      const invocable: unknown[] = [];
      for (const [placeholder, capability] of Object.entries(manifest.taskFunctions)) {
        const fn = parts.workflow.taskFunctions.get(capability);
        assert.ok(fn !== undefined);
        const functionArn = { 'Fn::GetAtt': [parts.workflow.getLogicalId(fn.node.defaultChild as CfnFunction), 'Arn'] };
        assert.deepEqual(substitutions[placeholder], functionArn);
        invocable.push(functionArn);
      }
      const roleId = parts.workflow.getLogicalId(machine.role.node.defaultChild as never);
      const invokes = Object.values(resourcesOfType(workflow, 'AWS::IAM::Policy'))
        .filter((policy) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
        .flatMap((policy) => (policy.Properties!.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement)
        .filter((statement) => statement.Action === 'lambda:InvokeFunction');
      assert.deepEqual(
        invokes.map((statement) => statement.Resource),
        [invocable.length === 1 ? invocable[0] : invocable],
      );
    });

    it('is valid Amazon States Language (asl-validator) once its placeholders are substituted', () => {
      const substituted = asl.replaceAll(/\$\{(\w+)\}/g, 'arn:aws:lambda:eu-central-1:111111111111:function:$1');
      const result = validateAsl(JSON.parse(substituted));
      assert.ok(result.isValid, result.errorsText('\n'));
    });

    it('retries every Task on transient faults with backoff and full jitter; every Task but RecordFailure has a Catch to it', () => {
      type TaskState = {
        Type: string;
        Retry?: { ErrorEquals: string[]; BackoffRate?: number; JitterStrategy?: string }[];
        Catch?: { ErrorEquals: string[]; Next: string }[];
      };
      const states = Object.entries((JSON.parse(asl) as { States: Record<string, TaskState> }).States).filter(
        ([, state]) => state.Type === 'Task',
      );
      assert.ok(states.length > 0);
      for (const [name, state] of states) {
        const retry = state.Retry?.find(
          (candidate) => candidate.ErrorEquals.includes('TransientError') || candidate.ErrorEquals.includes('States.ALL'),
        );
        assert.ok(retry !== undefined, `${name} retries transient faults`);
        assert.ok((retry.BackoffRate ?? 0) > 1, `${name} backs off`);
        assert.equal(retry.JitterStrategy, 'FULL', `${name} jitters`);
        if (name !== 'RecordFailure')
          assert.deepEqual(
            state.Catch?.map((c) => [c.ErrorEquals, c.Next]),
            [[['States.ALL'], 'RecordFailure']],
            `${name} records its failure`,
          );
      }
    });

    it('fails validation when broken (the validator is really checking)', () => {
      const broken = JSON.parse(asl) as { StartAt: string };
      broken.StartAt = 'NoSuchState';
      assert.equal(validateAsl(broken, { checkArn: false }).isValid, false);
    });
  });
}

describe('per-application transitions', () => {
  it('run as an EXPRESS machine (StartExecution at 6,000/s), logged at ERROR without execution data and traced', () => {
    const manifest = STATE_MACHINES.find((candidate) => candidate.name === 'applicationTransition');
    assert.equal(manifest?.type, 'EXPRESS');
    // Staff decisions, moves on a score and on a placement's step, and the mentor's and the mentee's own moves.
    assert.deepEqual(manifest?.startedBy, ['applications', 'reviews', 'internships', 'mentoring']);
    const machine = parts.workflow.stateMachines.get('applicationTransition');
    assert.ok(machine !== undefined);
    const properties = workflow.toJSON().Resources[parts.workflow.getLogicalId(machine.node.defaultChild as CfnStateMachine)]
      .Properties as Record<string, unknown>;
    assert.equal(properties.StateMachineType, 'EXPRESS');
    assert.deepEqual(
      { ...(properties.LoggingConfiguration as Record<string, unknown>), Destinations: undefined },
      { Level: 'ERROR', IncludeExecutionData: false, Destinations: undefined },
    );
    assert.deepEqual(properties.TracingConfiguration, { Enabled: true });
  });
});

describe('cohort gates', () => {
  type State = {
    Type: string;
    Next?: string;
    Default?: string;
    Choices?: { Next: string }[];
    Retry?: { ErrorEquals: string[]; BackoffRate?: number; JitterStrategy?: string }[];
    Catch?: { ErrorEquals: string[]; Next: string }[];
    MaxConcurrency?: number;
    ItemProcessor?: { States: Record<string, State> };
  };
  const manifest = STATE_MACHINES.find((candidate) => candidate.name === 'cohortGate');
  assert.ok(manifest !== undefined);
  const asl = JSON.parse(readFileSync(aslPath(manifest), 'utf8')) as { States: Record<string, State> };

  it('run as a STANDARD machine, started by the applications capability, logged at ERROR without execution data and traced', () => {
    assert.equal(manifest.type, 'STANDARD');
    assert.deepEqual(manifest.startedBy, ['applications']);
    const machine = parts.workflow.stateMachines.get('cohortGate');
    assert.ok(machine !== undefined);
    const properties = workflow.toJSON().Resources[parts.workflow.getLogicalId(machine.node.defaultChild as CfnStateMachine)]
      .Properties as Record<string, unknown>;
    assert.equal(properties.StateMachineType, 'STANDARD');
    assert.deepEqual(
      { ...(properties.LoggingConfiguration as Record<string, unknown>), Destinations: undefined },
      { Level: 'ERROR', IncludeExecutionData: false, Destinations: undefined },
    );
    assert.deepEqual(properties.TracingConfiguration, { Enabled: true });
  });

  it('map over the shards with a modest concurrency and loop per page with two states (a Task and a Choice), not per application', () => {
    const shards = asl.States['Shards'];
    assert.equal(shards?.Type, 'Map');
    assert.ok((shards?.MaxConcurrency ?? 0) > 0, `bounded concurrency: MaxConcurrency ${shards?.MaxConcurrency} is above 0`);
    assert.ok((shards?.MaxConcurrency ?? 0) <= 8, `bounded concurrency: MaxConcurrency ${shards?.MaxConcurrency} is at most 8`);
    const inner = shards?.ItemProcessor?.States ?? {};
    assert.equal(inner['ProcessPage']?.Type, 'Task');
    assert.equal(inner['ProcessPage']?.Next, 'MorePages');
    assert.equal(inner['MorePages']?.Type, 'Choice');
    assert.deepEqual(
      inner['MorePages']?.Choices?.map((choice) => choice.Next),
      ['ProcessPage'],
    );
  });

  it('retry a page with backoff and full jitter, then record its failure on the run and fail the run', () => {
    const inner = asl.States['Shards']?.ItemProcessor?.States ?? {};
    for (const [name, state] of Object.entries(inner).filter(([, candidate]) => candidate.Type === 'Task')) {
      const retry = state.Retry?.find(
        (candidate) => candidate.ErrorEquals.includes('TransientError') || candidate.ErrorEquals.includes('States.ALL'),
      );
      assert.ok(retry !== undefined, `${name} retries`);
      assert.ok((retry.BackoffRate ?? 0) > 1, `${name} retries with backoff: BackoffRate ${retry.BackoffRate}`);
      assert.equal(retry.JitterStrategy, 'FULL', `${name} retries with jitter`);
      if (name !== 'RecordPageFailure')
        assert.deepEqual(
          state.Catch?.map((c) => [c.ErrorEquals, c.Next]),
          [[['States.ALL'], 'RecordPageFailure']],
        );
    }
    assert.equal(inner['RecordPageFailure']?.Next, 'PageFailed');
    assert.equal(inner['PageFailed']?.Type, 'Fail');
    assert.deepEqual(
      asl.States['Shards']?.Catch?.map((c) => [c.ErrorEquals, c.Next]),
      [[['States.ALL'], 'RecordFailure']],
    );
  });
});

describe('review assignment runs', () => {
  type State = { Type: string; Next?: string; Default?: string; Choices?: { Next: string }[]; End?: boolean };
  const manifest = STATE_MACHINES.find((candidate) => candidate.name === 'reviewAssignment');
  assert.ok(manifest !== undefined);
  const asl = JSON.parse(readFileSync(aslPath(manifest), 'utf8')) as { StartAt: string; States: Record<string, State> };

  it('run as a STANDARD machine that the reviews capability starts and asks about', () => {
    assert.equal(manifest.type, 'STANDARD');
    assert.deepEqual(manifest.startedBy, ['reviews']);
    assert.deepEqual(manifest.describedBy, ['reviews']);
    const machine = parts.workflow.stateMachines.get('reviewAssignment');
    assert.ok(machine !== undefined);
    const properties = workflow.toJSON().Resources[parts.workflow.getLogicalId(machine.node.defaultChild as CfnStateMachine)]
      .Properties as Record<string, unknown>;
    assert.equal(properties.StateMachineType, 'STANDARD');
  });

  it('loop one page at a time with two states (a Task and a Choice), pages one after another, then finish the run', () => {
    assert.equal(asl.StartAt, 'ProcessPage');
    assert.equal(Object.values(asl.States).filter((state) => state.Type === 'Map' || state.Type === 'Parallel').length, 0);
    assert.equal(asl.States['ProcessPage']?.Type, 'Task');
    assert.equal(asl.States['ProcessPage']?.Next, 'MorePages');
    assert.equal(asl.States['MorePages']?.Type, 'Choice');
    assert.deepEqual(
      asl.States['MorePages']?.Choices?.map((choice) => choice.Next),
      ['ProcessPage'],
    );
    assert.equal(asl.States['MorePages']?.Default, 'Finish');
    assert.equal(asl.States['Finish']?.End, true);
    assert.equal(asl.States['RecordFailure']?.Next, 'Failed');
    assert.equal(asl.States['Failed']?.Type, 'Fail');
  });
});

describe('internship matching runs', () => {
  type State = {
    Type: string;
    Next?: string;
    Default?: string;
    Choices?: { Next: string; Variable?: string; StringEquals?: string }[];
    End?: boolean;
    Retry?: { ErrorEquals: string[] }[];
    Catch?: { ErrorEquals: string[]; Next: string }[];
    Parameters?: Record<string, unknown>;
  };
  const manifest = STATE_MACHINES.find((candidate) => candidate.name === 'internshipMatching');
  assert.ok(manifest !== undefined);
  const asl = JSON.parse(readFileSync(aslPath(manifest), 'utf8')) as { StartAt: string; States: Record<string, State> };

  it('run as a STANDARD machine that the internships capability starts and asks about, its tasks in the workflow function', () => {
    assert.equal(manifest.type, 'STANDARD');
    assert.deepEqual(manifest.startedBy, ['internships']);
    assert.deepEqual(manifest.describedBy, ['internships']);
    assert.deepEqual(manifest.taskFunctions, { WorkflowTasksFunctionArn: 'workflow' });
    const machine = parts.workflow.stateMachines.get('internshipMatching');
    assert.ok(machine !== undefined);
    const properties = workflow.toJSON().Resources[parts.workflow.getLogicalId(machine.node.defaultChild as CfnStateMachine)]
      .Properties as Record<string, unknown>;
    assert.equal(properties.StateMachineType, 'STANDARD');
  });

  it('loop one step at a time with a Task and a Choice until the run is done, then finish it; a step that fails after its retries records the failure', () => {
    assert.equal(asl.StartAt, 'Step');
    assert.equal(Object.values(asl.States).filter((state) => state.Type === 'Map' || state.Type === 'Parallel').length, 0);
    assert.equal(asl.States['Step']?.Type, 'Task');
    assert.deepEqual(asl.States['Step']?.Parameters, { task: 'processInternshipMatchingStep', 'input.$': '$' });
    assert.equal(asl.States['Step']?.Next, 'MoreSteps');
    assert.ok(asl.States['Step']?.Retry?.some((retry) => retry.ErrorEquals.includes('TransientError')));
    assert.deepEqual(
      asl.States['Step']?.Catch?.map((c) => [c.ErrorEquals, c.Next]),
      [[['States.ALL'], 'RecordFailure']],
    );
    assert.equal(asl.States['MoreSteps']?.Type, 'Choice');
    assert.deepEqual(
      asl.States['MoreSteps']?.Choices?.map((choice) => [choice.Variable, choice.StringEquals, choice.Next]),
      [['$.step.phase', 'done', 'Finish']],
    );
    assert.equal(asl.States['MoreSteps']?.Default, 'Step');
    assert.equal(asl.States['Finish']?.End, true);
    assert.equal(asl.States['RecordFailure']?.Next, 'Failed');
    assert.equal(asl.States['Failed']?.Type, 'Fail');
  });
});
