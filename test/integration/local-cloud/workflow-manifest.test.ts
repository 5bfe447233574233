import { DescribeStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { lambdaFunctionArn } from '../../../infra/local/step-functions/arns.ts';
import { loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { STATE_MACHINES } from '../../../shared/platform/workflow/state-machine-manifest.ts';
import { aslPath } from '../../../infra/workflows/asl-path.ts';
import { requireEnv } from '../../../shared/platform/config/env.ts';

/**
 * The local cloud runs the very ASL files CDK deploys: read through the same manifest, byte for
 * byte, with only the `${...}` Lambda ARN placeholders substituted (as CDK's substitutions do).
 */
const expectedDefinition = (fileText: string, taskFunctions: Readonly<Record<string, string>>): string =>
  Object.entries(taskFunctions).reduce(
    (text, [placeholder, capability]) =>
      text.replaceAll(`\${${placeholder}}`, lambdaFunctionArn(LOCAL_REGION, `cadre-local-${capability}`)),
    fileText,
  );

describe('state machines of the workflow manifest', () => {
  it('are loaded from the ASL file CDK deploys, byte for byte, every Task bound to its capability', async () => {
    const loaded = await loadManifestStateMachines(LOCAL_REGION, () => Promise.reject(new Error('handlers are not invoked here')));
    assert.equal(loaded.length, STATE_MACHINES.length);
    for (const [index, machine] of STATE_MACHINES.entries()) {
      const local = loaded[index] ?? assert.fail(`${machine.name} not loaded`);
      const fileText = await readFile(aslPath(machine), 'utf8');
      assert.equal(local.sourceText, fileText);
      assert.equal(local.definition, expectedDefinition(fileText, machine.taskFunctions));
      assert.doesNotMatch(local.definition, /\$\{/, 'no placeholder left unsubstituted');
      const taskStateCount = (fileText.match(/"Type":\s*"Task"/g) ?? []).length;
      assert.equal(Object.keys(local.tasks).length, taskStateCount, 'every Task state runs local code');
    }
  });

  it('are what the running local Step Functions server executes', async () => {
    const sfn = new SFNClient({ endpoint: requireEnv('SFN_ENDPOINT') });
    try {
      for (const machine of STATE_MACHINES) {
        const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: requireEnv(machine.arnEnvVar) }));
        assert.equal(described.definition, expectedDefinition(await readFile(aslPath(machine), 'utf8'), machine.taskFunctions));
        assert.equal(described.type, machine.type);
      }
    } finally {
      sfn.destroy();
    }
  });
});
