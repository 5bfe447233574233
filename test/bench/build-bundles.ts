import { build } from 'esbuild';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleEntry } from './bundle-entries.ts';

export interface BuiltBundle {
  readonly entry: BundleEntry;
  /** The bundle on disk, `<outdir>/<name>.mjs`, ready to be imported by a fresh process. */
  readonly file: string;
  readonly bytes: number;
}

/**
 * Builds each entry as CDK builds a Lambda (infra/constructs/capability-function.ts: ESM, node24,
 * module-first main fields, minified, the SDK bundled, the createRequire banner), one build per
 * entry as CDK does, written to `outdir`. Without the source map: it is not loaded at cold start
 * unless an error is thrown, so it counts for neither the size nor the import time.
 * The floor and the reference go through the very same options, which is what makes them a fair
 * yardstick.
 */
export const buildBundles = (entries: readonly BundleEntry[], outdir: string): Promise<BuiltBundle[]> =>
  Promise.all(
    entries.map(async (entry) => {
      const file = join(outdir, `${entry.name}.mjs`);
      await build({
        entryPoints: [entry.entry],
        outfile: file,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node24',
        mainFields: ['module', 'main'],
        minify: true,
        write: true,
        logLevel: 'silent',
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      });
      return { entry, file, bytes: (await stat(file)).size };
    }),
  );
