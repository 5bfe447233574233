import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from 'vitest';
import * as z from 'zod';
import { API_CLIENT_DIRECTORY } from '../../../infra/api-client/api-client-sources.ts';
import { newWebhookSecret, signedHeaders } from '../../support/sample-webhook-receiver.ts';

/**
 * What a partner installs: `npm pack` builds the package (its prepack) and packs it. The dry run's
 * listing is checked, then the built JavaScript is loaded and used as a partner's code would, so the
 * package works without anything else from the repository.
 */
const packageDirectory = API_CLIENT_DIRECTORY.pathname;
const distributed = new URL('dist/', API_CLIENT_DIRECTORY);

const packListing = z.array(z.object({ name: z.string(), files: z.array(z.object({ path: z.string() })), bundled: z.array(z.string()) }));
const manifestSchema = z.object({
  name: z.literal('@cadre/api-client'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  type: z.literal('module'),
  private: z.literal(false).optional(),
  exports: z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())])),
  dependencies: z.record(z.string(), z.string()),
});

let listed: string[];

beforeAll(async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: packageDirectory });
  const [pack] = packListing.parse(JSON.parse(stdout));
  assert.ok(pack);
  assert.deepEqual(pack.bundled, []);
  listed = pack.files.map((file) => file.path).sort();
}, 120_000);
afterAll(async () => {
  await rm(distributed, { recursive: true, force: true });
});

const readText = (url: URL): Promise<string> => readFile(url, 'utf8');

describe('@cadre/api-client as npm packs it', () => {
  it('holds the built JavaScript with its declarations, the README and the manifest: no source, examples or repo code', () => {
    const modules = ['index', 'schema', 'webhook-schema', 'webhooks'];
    assert.deepEqual(listed, ['README.md', ...modules.flatMap((name) => [`dist/${name}.d.ts`, `dist/${name}.js`]).sort(), 'package.json']);
  });

  it('exports only what it packs (the repo’s source condition aside), and depends only on what it declares, at the repo’s versions', async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readText(new URL('package.json', API_CLIENT_DIRECTORY))));
    const targets = Object.values(manifest.exports).flatMap((target) =>
      typeof target === 'string'
        ? [target]
        : Object.entries(target).flatMap(([condition, path]) => (condition === 'cadre-source' ? [] : [path])),
    );
    for (const target of targets) assert.ok(listed.includes(target.replace(/^\.\//, '')), `${target} is packed`);

    const root = z
      .object({ dependencies: z.record(z.string(), z.string()) })
      .parse(JSON.parse(await readText(new URL('../../package.json', API_CLIENT_DIRECTORY))));
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      assert.equal(range, `^${root.dependencies[name] ?? 'missing'}`, `${name}: the version the repo runs and tests`);
    }
    const imported = new Set<string>();
    for (const file of listed.filter((path) => path.endsWith('.js') || path.endsWith('.d.ts'))) {
      const text = await readText(new URL(file, API_CLIENT_DIRECTORY));
      for (const [, specifier = ''] of text.matchAll(/\bfrom '([^']+)'/g)) {
        if (specifier.startsWith('./')) assert.ok(!specifier.includes('/', 2), `${file} imports ${specifier} beside it`);
        else imported.add(specifier);
      }
    }
    assert.deepEqual([...imported].sort(), Object.keys(manifest.dependencies).sort());
  });

  it('runs from its build: the client sends the bearer token to the base URL, the verifier checks a signed delivery', async () => {
    const client = (await import(new URL('index.js', distributed).href)) as typeof import('../../../shared/api-client/src/index.ts');
    const webhooks = (await import(
      new URL('webhooks.js', distributed).href
    )) as typeof import('../../../shared/api-client/src/webhooks.ts');
    const requests: Request[] = [];
    const api = client.createCadreClient({
      baseUrl: 'https://api.example.org/',
      getToken: async () => 'token-1',
      fetch: async (request) => {
        requests.push(request);
        return Response.json({ items: [] });
      },
    });
    const { data } = await api.GET('/me/applications', { params: { query: { limit: 5 } } });
    assert.deepEqual(data, { items: [] });
    assert.equal(requests[0]?.url, 'https://api.example.org/me/applications?limit=5');
    assert.equal(requests[0]?.headers.get('authorization'), 'Bearer token-1');

    const secret = newWebhookSecret();
    const id = randomUUID();
    const body = JSON.stringify({
      type: 'certificate.revoked',
      id,
      occurredAt: new Date().toISOString(),
      programmeId: 'p',
      seasonId: 's',
      data: {},
    });
    const verified = webhooks.verifyCadreWebhook(secret, signedHeaders(secret, id, new Date(), body), body);
    assert.equal(verified.ok && verified.id, id);
  });
});
