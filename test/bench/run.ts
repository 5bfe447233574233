import './quiet-logs.ts';
import { BenchUsageError, parseBenchOptions, USAGE, type BenchOptions } from './bench-options.ts';

/**
 * `npm run bench`: a benchmark, not a test (it prints and asserts nothing but the gate's exactly-once
 * check). On a local cloud of its own (DynamoDB Local in memory, the SES server, the local Step
 * Functions server running the real ASL with the real workflow Lambda in process):
 * 1. what each route of the route table costs in DynamoDB (ReturnConsumedCapacity), the review
 *    assignment run and the internship matching run (10,000 applicants × 1,000 offers), timed;
 *    the certificate issuer over 10,000 requested certificates, timed, with its cost per 1,000
 *    (issuing-bench.ts);
 * 2. a cohort gate over 10,000 and over 100,000 applications, timed; the larger one is stopped half
 *    way (StopExecution) and resumed by reconcileGateRuns, as the calendar tick would; every
 *    application and mail is then checked (moved once, mailed once); with a cost model per 1,000
 *    applications from counted work (cost-model.ts, prices.ts);
 * then, with no local cloud:
 * 3. the stable matching engine over 10,000 applicants × 1,000 offers (matching-bench.ts);
 * 4. a certificate's and a recommendation letter's PDF: render time and size (document-bench.ts);
 * 5. every Lambda's bundle size and cold import, side by side with a floor bundle (bundle-bench.ts).
 * `npm run bench -- --sizes 1000,10000` picks other gate sizes (the last one is interrupted);
 * `--routes-only` (1 and 5) / `--gate-only` (2) / `--bundles-only` (5, in a minute or two) /
 * `--matching-only` (3, in seconds) / `--matching-run-only` (the internship matching run of 1) /
 * `--documents-only` (4, in seconds) / `--issuing-only` (the certificate issuer of 1) run a part;
 * `--counters-only` the season counters' cost and report reads (counters-bench.ts);
 * `--issuing-count 1000` has the issuer work through fewer certificates;
 * `--cold-runs 15` sets how many cold imports of each bundle are timed; `--help` lists the options.
 * A mistaken command line gets one line saying what is wrong and the usage, exit 2.
 */
const bench = async (options: BenchOptions): Promise<void> => {
  // Imported once the command line is known good, so --help and a mistake start nothing.
  const { benchOnLocalCloud } = await import('./local-cloud-bench.ts');
  const { benchBundles } = await import('./bundle-bench.ts');
  const { benchMatching, printMatchingReport } = await import('./matching-bench.ts');
  const { benchDocuments, printDocumentReport } = await import('./document-bench.ts');
  const everything =
    !options.routesOnly &&
    !options.gateOnly &&
    !options.bundlesOnly &&
    !options.matchingOnly &&
    !options.matchingRunOnly &&
    !options.documentsOnly &&
    !options.issuingOnly &&
    !options.countersOnly;
  const benchStarted = performance.now();
  try {
    if (!options.bundlesOnly && !options.matchingOnly && !options.documentsOnly)
      await benchOnLocalCloud({
        sizes: options.sizes,
        routes: !options.gateOnly && !options.matchingRunOnly && !options.issuingOnly && !options.countersOnly,
        gate: !options.routesOnly && !options.matchingRunOnly && !options.issuingOnly && !options.countersOnly,
        matchingRun: !options.gateOnly && !options.issuingOnly && !options.countersOnly,
        counters: everything || options.countersOnly,
        issuing: everything || options.issuingOnly ? { count: options.issuingCount } : undefined,
      });
    // Once the local cloud has stopped: its servers (the DynamoDB Local JVM above all) would otherwise
    // share the CPU with the timed matching runs and imports.
    if (everything || options.matchingOnly) printMatchingReport(benchMatching());
    if (everything || options.documentsOnly) printDocumentReport(await benchDocuments());
    if (
      !options.gateOnly &&
      !options.matchingOnly &&
      !options.matchingRunOnly &&
      !options.documentsOnly &&
      !options.issuingOnly &&
      !options.countersOnly
    )
      await benchBundles({ coldRuns: options.coldRuns });
  } finally {
    console.log(`\nnpm run bench took ${((performance.now() - benchStarted) / 1000 / 60).toFixed(1)} min.`);
  }
};

try {
  const command = parseBenchOptions(process.argv.slice(2));
  if (command.help) console.log(USAGE);
  else await bench(command.options);
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  console.error(`npm run bench: ${error.message}\n${USAGE}`);
  process.exitCode = 2;
}
