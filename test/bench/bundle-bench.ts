import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleEntries } from './bundle-entries.ts';
import { buildBundles } from './build-bundles.ts';
import { printBundleReport } from './bundle-report.ts';
import { coldImportTimes } from './cold-import.ts';
import { lambdaLikeEnv } from './lambda-like-env.ts';

/**
 * The bundle part of `npm run bench`: builds every function, the floor and the hello-world reference
 * into a temporary folder, times their cold imports side by side and prints the table. Needs no
 * local cloud. The folder is removed afterwards; the bundles are rebuilt in well under a minute.
 */
export const benchBundles = async ({ coldRuns }: { readonly coldRuns: number }): Promise<void> => {
  const outdir = await mkdtemp(join(tmpdir(), 'cadre-bench-bundles-'));
  try {
    const bundles = await buildBundles(await bundleEntries(), outdir);
    console.log(`\nBuilt ${bundles.length} bundles; timing ${coldRuns} cold imports of each …`);
    const samples = await coldImportTimes(
      bundles.map((bundle) => bundle.file),
      coldRuns,
      lambdaLikeEnv(),
    );
    printBundleReport(bundles, samples, coldRuns);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
};
