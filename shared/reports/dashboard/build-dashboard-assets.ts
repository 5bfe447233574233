import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { DashboardFile } from './dashboard-files.ts';

const PAGE_FOLDER = new URL('./page/', import.meta.url);

/** Chart.js's own minified UMD build, beside the ESM entry its package exports (the package exports no other file). */
const chartLibrary = (): string => readFileSync(new URL('chart.umd.min.js', import.meta.resolve('chart.js')), 'utf8');

/**
 * Builds the dashboard page: its script bundled for browsers (one classic script, ES2022,
 * minified), the page and stylesheet as written, and Chart.js as its package ships it.
 * Synchronous because a Lambda's bundling is (infra/bundling/lambda-bundle.ts); the local cloud
 * builds it at the first request for one of its files.
 */
export const buildDashboardAssets = (): Readonly<Record<DashboardFile, string>> => {
  const built = buildSync({
    entryPoints: [fileURLToPath(new URL('dashboard.ts', PAGE_FOLDER))],
    tsconfig: fileURLToPath(new URL('tsconfig.json', PAGE_FOLDER)),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    outfile: 'dashboard.js',
    logLevel: 'warning',
  });
  const script = built.outputFiles[0];
  if (built.outputFiles.length !== 1 || script === undefined) throw new Error('The dashboard page builds to exactly one script');
  const source = (file: string): string => readFileSync(new URL(file, PAGE_FOLDER), 'utf8');
  return {
    'index.html': source('index.html'),
    'dashboard.js': script.text,
    'dashboard.css': source('dashboard.css'),
    'chart.js': chartLibrary(),
  };
};
