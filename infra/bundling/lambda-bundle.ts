import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { type BuildOptions, type Metafile, buildSync } from 'esbuild';
import { buildDashboardAssets } from '../../shared/reports/dashboard/build-dashboard-assets.ts';
import { DASHBOARD_BUNDLE_FOLDER } from '../../shared/reports/dashboard/dashboard-files.ts';

/**
 * How every Lambda of cadre is built, by CDK (constructs/capability-function.ts) and by the bundle
 * bench (test/bench/build-bundles.ts) alike: ESM for Node 24, module-first main fields, minified,
 * the pinned SDK bundled (tree-shaken) instead of whatever the runtime ships.
 *
 * Code splitting is the point: every dynamic `import()` becomes a chunk of its own that Node reads
 * only when the import runs. A capability names each route's module with one (route-loaders.ts),
 * so a container reads at cold start the platform and the DynamoDB client, and a route's schemas,
 * use cases and clients at its first call. The SDK does the same for the credential providers a
 * Lambda never uses (SSO, ini files, processes, web identity): they stay on disk.
 */
export const LAMBDA_BUILD_OPTIONS = {
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  outExtension: { '.js': '.mjs' },
  // The handler is `index.handler`; chunks go beside it under names that change with their content.
  entryNames: 'index',
  chunkNames: 'chunks/[name]-[hash]',
  // The docs function builds the dashboard page with esbuild only where it runs from its sources
  // (functions/docs/dashboard-asset.ts); its bundle carries the page built (below).
  external: ['esbuild'],
  logLevel: 'warning',
} as const satisfies BuildOptions;

/**
 * What esbuild writes where bundled code calls `require()` at run time (a CommonJS dependency
 * requiring something it could not inline). ESM has no `require`, so such a bundle fails at its
 * first call. None does today, so no file carries the usual createRequire banner: the banner costs
 * every file of a code-split bundle a createRequire at import (about 0.1 ms each, measured), and a
 * cold start reads some fifteen files.
 */
const DYNAMIC_REQUIRE_SHIM = 'Dynamic require of';

const PT_SANS_FILES = ['package.json', '400Regular/PTSans_400Regular.ttf', '700Bold/PTSans_700Bold.ttf', 'LICENSE', 'LICENSE_FONT'].map(
  (file) => `@expo-google-fonts/pt-sans/${file}`,
);

/**
 * Files of npm packages a function reads at run time instead of importing them, by function folder:
 * the docs function serves Swagger UI's script and stylesheet as they are. The build copies them to
 * `<outdir>/node_modules/<package>/`, where `import.meta.resolve` finds them in the Lambda as it
 * does in the repository, so the same code serves them in AWS, in the local cloud and in tests.
 */
const PACKAGE_FILES: Readonly<Record<string, readonly string[]>> = {
  docs: ['package.json', 'swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE'].map((file) => `swagger-ui-dist/${file}`),
  // PT Sans, which certificates and letters are set in, with the licences it is shipped under: the
  // certificates routes render letters, the issuer certificates.
  certificates: PT_SANS_FILES,
  issuer: PT_SANS_FILES,
  // A person's own-data export as a PDF.
  'own-data': PT_SANS_FILES,
};

const copyPackageFiles = (entry: string, outdir: string): void => {
  const resolve = createRequire(entry).resolve;
  for (const file of PACKAGE_FILES[basename(dirname(entry))] ?? []) {
    const target = join(outdir, 'node_modules', file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(resolve(file), target);
  }
};

/** Pages a function serves that are built from the repository's sources, by function folder, written to `<outdir>/<folder>/`. */
const BUILT_PAGES: Readonly<Record<string, { readonly folder: string; readonly build: () => Readonly<Record<string, string>> }>> = {
  docs: { folder: DASHBOARD_BUNDLE_FOLDER, build: buildDashboardAssets },
};

const writeBuiltPages = (entry: string, outdir: string): void => {
  const page = BUILT_PAGES[basename(dirname(entry))];
  if (page === undefined) return;
  mkdirSync(join(outdir, page.folder), { recursive: true });
  for (const [file, text] of Object.entries(page.build())) writeFileSync(join(outdir, page.folder, file), text);
};

export interface LambdaBundle {
  /** The entry file, `<outdir>/index.mjs`. */
  readonly entryFile: string;
  readonly metafile: Metafile;
}

/**
 * Builds `entry` into `outdir` (index.mjs and its chunks). Synchronous because CDK's local
 * bundling is. `sourceMap`: CDK ships maps beside the code (NODE_OPTIONS=--enable-source-maps
 * reads them only when an error's stack is printed); the bench leaves them out.
 */
export const bundleLambda = (entry: string, outdir: string, options: { readonly sourceMap: boolean }): LambdaBundle => {
  const result = buildSync({
    ...LAMBDA_BUILD_OPTIONS,
    entryPoints: [entry],
    outdir,
    metafile: true,
    sourcemap: options.sourceMap,
    sourcesContent: false,
    // Checked before anything is written (below).
    write: false,
  });
  const needRequire = (result.outputFiles ?? []).filter((file) => file.path.endsWith('.mjs') && file.text.includes(DYNAMIC_REQUIRE_SHIM));
  if (needRequire.length > 0) {
    throw new Error(
      `${entry}: bundled code calls require() at run time (${needRequire.map((file) => file.path).join(', ')}). ` +
        'Replace the CommonJS dependency, or give the build a createRequire banner (infra/bundling/lambda-bundle.ts).',
    );
  }
  for (const file of result.outputFiles ?? []) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  copyPackageFiles(entry, outdir);
  writeBuiltPages(entry, outdir);
  return { entryFile: `${outdir}/index.mjs`, metafile: result.metafile };
};
