import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import * as z from 'zod';
import { DEPLOYMENTS } from '../../../infra/deployments.ts';

const packageJson = z
  .object({
    engines: z.object({ node: z.string() }),
    devEngines: z.object({
      runtime: z.object({ name: z.literal('node'), version: z.string(), onFail: z.literal('error') }),
      packageManager: z.object({ name: z.literal('npm'), version: z.string(), onFail: z.literal('error') }),
    }),
    scripts: z.record(z.string(), z.string()),
    devDependencies: z.record(z.string(), z.string()),
  })
  .parse(JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')));
const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');

describe('toolchain', () => {
  it('runs every npm script on Node 24, the Lambda runtime, through the node devDependency', () => {
    assert.equal(process.versions.node.split('.')[0], '24', `npm test ran on Node ${process.versions.node}`);
    assert.match(packageJson.devDependencies['node'] ?? '', /^24\.\d+\.\d+$/, 'node is pinned to an exact 24.x');
    assert.equal(packageJson.engines.node, '>=24');
  });

  it('asks of the machine only what runs npm ci, and the README says the same', () => {
    // npm 11, which reads devEngines, runs on ^20.17.0 || >=22.9.0; devEngines arrived in npm 10.9.
    assert.equal(packageJson.devEngines.runtime.version, '^20.17.0 || >=22.9.0');
    assert.equal(packageJson.devEngines.packageManager.version, '>=10.9.0');
    assert.ok(readme.includes('Node.js 20.17+ or 22.9+ with npm ≥ 10.9'), 'README states devEngines');
    assert.ok(readme.includes('runs on Node 24'), 'README states engines');
  });

  it('pins the CDK CLI that reads what aws-cdk-lib writes (DESIGN §9)', () => {
    assert.match(packageJson.devDependencies['aws-cdk'] ?? '', /^2\.\d+\.\d+$/, 'the 3.x CLI cannot read aws-cdk-lib 2 assemblies');
  });
});

describe('README stays true', () => {
  it('shows the two commands, and both scripts exist', () => {
    assert.ok(readme.includes('npm ci && npm start'));
    assert.ok(readme.includes('npm test'));
    assert.ok(packageJson.scripts['start'], 'a start script');
    assert.ok(packageJson.scripts['test'], 'a test script');
  });

  it('names only scripts that exist', () => {
    for (const [, script] of readme.matchAll(/npm run (?:-s )?([\w:-]+)/g)) {
      assert.ok(script !== undefined, 'README mentions npm run with a script name');
      assert.ok(packageJson.scripts[script] !== undefined, `README mentions npm run ${script}`);
    }
  });

  it('names only deployments that exist', () => {
    for (const [, name] of readme.matchAll(/deployment=([\w-]+)/g)) {
      assert.ok(name !== undefined, 'README deploys with a deployment name');
      assert.ok(name in DEPLOYMENTS, `README deploys ${name}`);
    }
  });
});
