import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { bundleLambda } from '../../../infra/bundling/lambda-bundle.ts';
import type { ApiHandler } from '../../../shared/platform/http/api-gateway.ts';
import { buildDashboardAssets } from '../../../shared/reports/dashboard/build-dashboard-assets.ts';
import { apiEvent, lambdaContext } from '../../support/api-event.ts';

describe('the dashboard page’s build', () => {
  it('type-checks as browser code (the root tsconfig leaves its folder to its own, with the DOM)', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const project = fileURLToPath(new URL('../../../shared/reports/dashboard/page/tsconfig.json', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', project, '--noEmit']).catch(
      (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? String(failure) }),
    );
    assert.equal(stdout, '');
  });

  it('is one classic script, with no module syntax and nothing loaded from elsewhere', () => {
    const assets = buildDashboardAssets();
    assert.doesNotMatch(
      assets['dashboard.js'],
      /\bimport\s*[({"'`]|\bexport\s/,
      'a classic script: the page loads it with defer, after Chart.js',
    );
    assert.doesNotMatch(
      assets['index.html'],
      /<script(?![^>]*\bsrc="dashboard\/)[^>]*>|https?:\/\//,
      'no inline script and no address elsewhere',
    );
    assert.match(assets['chart.js'], /^\/\*!\n \* Chart\.js v4\.6\.2/);
  });

  it('is carried built by the docs Lambda’s bundle, which serves it without building anything', async () => {
    const outdir = await mkdtemp(join(tmpdir(), 'cadre-docs-bundle-'));
    const taskRoot = process.env['LAMBDA_TASK_ROOT'];
    try {
      const { entryFile } = bundleLambda(fileURLToPath(new URL('../../../functions/docs/handler.ts', import.meta.url)), outdir, {
        sourceMap: false,
      });
      process.env['LAMBDA_TASK_ROOT'] = outdir;
      const { handler } = (await import(pathToFileURL(entryFile).href)) as { readonly handler: ApiHandler };
      const built = buildDashboardAssets();
      for (const [route, file] of [
        ['/dashboard/dashboard.js', 'dashboard.js'],
        ['/dashboard/chart.js', 'chart.js'],
        ['/dashboard/dashboard.css', 'dashboard.css'],
      ] as const) {
        const answer = await handler(apiEvent({ method: 'GET', route, headers: { 'accept-encoding': 'gzip, br' } }), lambdaContext());
        assert.equal(answer.statusCode, 200, route);
        assert.equal(answer.isBase64Encoded, true, route);
        assert.equal(gunzipSync(Buffer.from(String(answer.body), 'base64')).toString('utf8'), built[file], route);
      }
      const page = await handler(apiEvent({ method: 'GET', route: '/dashboard', query: { lang: 'en' } }), lambdaContext());
      assert.equal(page.statusCode, 200);
      assert.equal(page.body, built['index.html']);
    } finally {
      if (taskRoot === undefined) delete process.env['LAMBDA_TASK_ROOT'];
      else process.env['LAMBDA_TASK_ROOT'] = taskRoot;
      await rm(outdir, { recursive: true, force: true });
    }
  });
});
