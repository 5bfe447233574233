import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const config = createRequire(import.meta.url)(join(repoRoot, '.dependency-cruiser.cjs')) as {
  readonly forbidden: NonNullable<ICruiseOptions['ruleSet']>['forbidden'];
  readonly options: ICruiseOptions & { readonly tsConfig?: unknown };
};

const cruiseTree = async (baseDir: string, folders: readonly string[]): Promise<ICruiseResult> => {
  // The tsconfig reference is for the command line; the API cruises without it, as the rules only need paths.
  const { tsConfig: _tsConfig, ...options } = config.options;
  const { output } = await cruise([...folders], { ...options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned a report, not a result');
  return output;
};

const violatedRules = (result: ICruiseResult): string[] =>
  [...new Set((result.summary.violations ?? []).map((violation) => violation.rule.name))].sort();

/** A tree that breaks each rule once, each breach in a file of its own. */
const BREACHES: Readonly<Record<string, string>> = {
  'shared/catalogue/config.ts': 'export const config = 1;\n',
  'shared/education/courses.ts': 'export const courses = 1;\n',
  'shared/adapters/table.ts': 'export const table = 1;\n',
  'shared/mail/imports-catalogue.ts': "import { config } from '../catalogue/config.ts';\nexport const x = config;\n",
  'shared/teams/imports-education.ts': "import { courses } from '../education/courses.ts';\nexport const x = courses;\n",
  'shared/mail/imports-adapter.ts': "import { table } from '../adapters/table.ts';\nexport const x = table;\n",
  'shared/mail/imports-sdk.ts': "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const x = DynamoDBClient;\n",
  'shared/catalogue/use-cases/staffed-season.ts': 'export const staffedSeason = () => 1;\n',
  'shared/applications/use-cases/application-dependencies.ts':
    'export interface ApplicationDependencies {\n  readonly clock: () => Date;\n}\n',
  'shared/progression/use-cases/start-gate.ts':
    "import { staffedSeason } from '../../catalogue/use-cases/staffed-season.ts';\nexport const x = staffedSeason;\n",
  'shared/progression/use-cases/submit.ts':
    "import type { ApplicationDependencies } from '../../applications/use-cases/application-dependencies.ts';\nexport const x = (deps: ApplicationDependencies) => deps.clock;\n",
  'shared/mail/imports-function.ts': "import { handler } from '../../functions/docs/handler.ts';\nexport const x = handler;\n",
  'functions/docs/handler.ts': 'export const handler = 1;\n',
  'functions/programmes/handler.ts': "import { handler as docs } from '../docs/handler.ts';\nexport const handler = docs;\n",
  'shared/applications/first.ts': "import { second } from './second.ts';\nexport const first = () => second;\n",
  'shared/applications/second.ts': "import { first } from './first.ts';\nexport const second = () => first;\n",
  'test/integration/helper.ts': 'export const helper = 1;\n',
  'test/unit/uses-helper.test.ts': "import { helper } from '../integration/helper.ts';\nexport const x = helper;\n",
};

describe('module boundaries (.dependency-cruiser.cjs, run by npm run lint)', () => {
  let breachTree = '';

  beforeAll(async () => {
    breachTree = await mkdtemp(join(tmpdir(), 'cadre-boundaries-'));
    await symlink(join(repoRoot, 'node_modules'), join(breachTree, 'node_modules'));
    for (const [path, text] of Object.entries(BREACHES)) {
      await mkdir(dirname(join(breachTree, path)), { recursive: true });
      await writeFile(join(breachTree, path), text);
    }
  });

  afterAll(async () => {
    await rm(breachTree, { recursive: true, force: true });
  });

  it('hold in the tree as it is', async () => {
    const result = await cruiseTree(repoRoot, ['shared', 'functions', 'infra', 'test']);
    assert.deepEqual(result.summary.violations, []);
    assert.ok(result.summary.totalCruised > 500, `the whole tree was cruised (${result.summary.totalCruised} modules)`);
  });

  it('catch every kind of breach: upward and sideways imports, another module’s use cases, adapters, SDKs, functions, cycles, test helpers', async () => {
    const result = await cruiseTree(breachTree, ['shared', 'functions', 'test']);
    assert.deepEqual(violatedRules(result), [
      'domain-without-aws-sdk',
      'function-not-to-another-function',
      'module-mail',
      'module-teams',
      'modules-not-to-adapters',
      'modules-not-to-other-modules-use-cases',
      'no-circular',
      'shared-not-to-functions-or-infra',
      'test-helpers-in-support',
    ]);
    const useCaseBreaches = (result.summary.violations ?? [])
      .filter((violation) => violation.rule.name === 'modules-not-to-other-modules-use-cases')
      .map((violation) => violation.from)
      .sort();
    assert.deepEqual(
      useCaseBreaches,
      ['shared/progression/use-cases/start-gate.ts', 'shared/progression/use-cases/submit.ts'],
      'a type import counts too',
    );
  });
});
