import { type BuildOptions, type Metafile, buildSync } from 'esbuild';

/**
 * How every Lambda of cadre is built, by CDK (constructs/capability-function.ts) and by the bundle
 * bench (test/bench/build-bundles.ts) alike: ESM for Node 24, module-first main fields, minified,
 * the pinned SDK bundled (tree-shaken) instead of whatever the runtime ships, the createRequire
 * banner (some CommonJS dependencies call require(), which ESM output lacks) in every file.
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
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
} as const satisfies BuildOptions;

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
  });
  return { entryFile: `${outdir}/index.mjs`, metafile: result.metafile };
};
