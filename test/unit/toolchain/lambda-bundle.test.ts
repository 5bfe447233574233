import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import { bundleLambda } from '../../../infra/bundling/lambda-bundle.ts';

const fixtures = new URL('../../fixtures/bundling/', import.meta.url);
const outdir = mkdtempSync(join(tmpdir(), 'cadre-lambda-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the Lambda build (infra/bundling/lambda-bundle.ts)', () => {
  it('writes index.mjs and puts what is imported lazily in a chunk that loads at the first call', async () => {
    const folder = join(outdir, 'plain');
    const { entryFile } = bundleLambda(new URL('plain-entry.ts', fixtures).pathname, folder, { sourceMap: true });
    assert.equal(entryFile, join(folder, 'index.mjs'));
    assert.ok(existsSync(`${entryFile}.map`));
    assert.equal(readdirSync(join(folder, 'chunks')).filter((file) => file.endsWith('.mjs')).length, 1);
    const module = (await import(pathToFileURL(entryFile).href)) as { handler: () => Promise<string> };
    assert.equal(await module.handler(), 'loaded at the first call');
  });

  it('refuses, and writes nothing, when bundled code would call require() at run time', () => {
    const folder = join(outdir, 'requires');
    assert.throws(
      () => bundleLambda(new URL('requires-at-run-time-entry.ts', fixtures).pathname, folder, { sourceMap: false }),
      /calls require\(\) at run time/,
    );
    assert.equal(existsSync(folder), false);
  });
});
