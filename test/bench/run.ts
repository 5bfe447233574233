import './quiet-logs.ts';
import { parseArgs } from 'node:util';
import { benchBundles } from './bundle-bench.ts';
import { benchOnLocalCloud } from './local-cloud-bench.ts';

/**
 * `npm run bench`: a benchmark, not a test (it prints and asserts nothing but the gate's exactly-once
 * check). On a local cloud of its own (DynamoDB Local in memory, the SES server, the local Step
 * Functions server running the real ASL with the real workflow Lambda in process):
 * 1. what each applications and documents route costs in DynamoDB (ReturnConsumedCapacity);
 * 2. a cohort gate over 10,000 and over 100,000 applications, timed; the larger one is stopped half
 *    way (StopExecution) and resumed by reconcileGateRuns, as the calendar tick would; every
 *    application and mail is then checked (moved once, mailed once); with a cost model per 1,000
 *    applications from counted work (cost-model.ts, prices.ts);
 * then, with no local cloud:
 * 3. every Lambda's bundle size and cold import, side by side with a floor bundle (bundle-bench.ts).
 * `npm run bench -- --sizes 1000,10000` picks other gate sizes (the last one is interrupted);
 * `--routes-only` (1 and 3) / `--gate-only` (2) / `--bundles-only` (3, in a minute or two) run a part;
 * `--cold-runs 15` sets how many cold imports of each bundle are timed.
 */
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'routes-only': { type: 'boolean', default: false },
    'gate-only': { type: 'boolean', default: false },
    'bundles-only': { type: 'boolean', default: false },
    'cold-runs': { type: 'string', default: '15' },
  },
});
const sizes = options.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--sizes takes positive whole numbers, comma-separated: ${options.sizes}`);
const coldRuns = Number(options['cold-runs']);
if (!Number.isInteger(coldRuns) || coldRuns < 1) throw new Error(`--cold-runs takes a positive whole number: ${options['cold-runs']}`);
const only = (['routes-only', 'gate-only', 'bundles-only'] as const).filter((option) => options[option]);
if (only.length > 1) throw new Error(`Pick at most one of --${only.join(', --')}`);

const benchStarted = performance.now();
try {
  if (!options['bundles-only']) await benchOnLocalCloud({ sizes, routes: !options['gate-only'], gate: !options['routes-only'] });
  // Once the local cloud has stopped: its servers (the DynamoDB Local JVM above all) would otherwise
  // share the CPU with the timed imports.
  if (!options['gate-only']) await benchBundles({ coldRuns });
} finally {
  console.log(`\nnpm run bench took ${((performance.now() - benchStarted) / 1000 / 60).toFixed(1)} min.`);
}
