import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'vitest';

/**
 * The READMEs' TypeScript examples are the files under shared/api-client/examples, which tsc checks
 * (tsconfig.json takes in shared/): each block that follows an `<!-- example: <path> -->` marker must
 * be that file as it is, so an example in a README cannot drift from code that compiles.
 */
const REPO = new URL('../../../', import.meta.url);
const PACKAGE = new URL('shared/api-client/', REPO);
const MARKED_BLOCK = /<!-- example: (\S+) -->\s*```ts\n([\s\S]*?)```/g;

const examplesIn = async (readme: URL): Promise<Map<string, string>> => {
  const text = await readFile(readme, 'utf8');
  return new Map([...text.matchAll(MARKED_BLOCK)].map(([, path = '', code = '']) => [new URL(path, readme).pathname, code]));
};

const assertExamplesAreFiles = async (examples: Map<string, string>): Promise<void> => {
  for (const [path, code] of examples)
    assert.ok(code === (await readFile(path, 'utf8')), `the README's block for ${path} differs from the file`);
};

describe('the typed client’s README examples', () => {
  it('are the package’s example files, every one of them', async () => {
    const examples = await examplesIn(new URL('README.md', PACKAGE));
    const files = (await readdir(new URL('examples/', PACKAGE))).map((name) => new URL(`examples/${name}`, PACKAGE).pathname);
    assert.deepEqual([...examples.keys()].sort(), files.sort());
    await assertExamplesAreFiles(examples);
  });

  it('in the main README are example files too', async () => {
    const examples = await examplesIn(new URL('README.md', REPO));
    assert.ok(examples.size > 0, 'the main README shows the typed client');
    await assertExamplesAreFiles(examples);
  });
});
