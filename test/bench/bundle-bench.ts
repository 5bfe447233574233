import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleEntries } from './bundle-entries.ts';
import { buildBundles } from './build-bundles.ts';
import { coldImportKey, firstCallKey, printBundleReport } from './bundle-report.ts';
import { coldImportTimes } from './cold-import.ts';
import { lambdaLikeEnv } from './lambda-like-env.ts';

/**
 * The bundle part of `npm run bench`: builds every function, the floor and the references into a
 * temporary folder, times their cold imports side by side (each alone, and each followed by the
 * first call of its heaviest route) and prints the table. Needs no
 * local cloud. The folder is removed afterwards; the bundles are rebuilt in well under a minute.
 */
export const benchBundles = async ({ coldRuns }: { readonly coldRuns: number }): Promise<void> => {
  const outdir = await mkdtemp(join(tmpdir(), 'cadre-bench-bundles-'));
  try {
    const bundles = buildBundles(await bundleEntries(), outdir);
    console.log(`\nBuilt ${bundles.length} bundles; timing ${coldRuns} cold imports of each, alone and with its heaviest route …`);
    const probes = new Map<string, readonly string[]>();
    for (const bundle of bundles) {
      probes.set(coldImportKey(bundle), [bundle.file]);
      if (bundle.heaviestRoute !== undefined) probes.set(firstCallKey(bundle), [bundle.file, bundle.heaviestRoute.file]);
    }
    const samples = await coldImportTimes(probes, coldRuns, lambdaLikeEnv());
    printBundleReport(bundles, samples, coldRuns);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
};
