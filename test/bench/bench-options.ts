import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench [-- options]
  --sizes N,N,…     cohort gate sizes, comma-separated; the last one is interrupted and resumed (default 10000,100000)
  --routes-only     only what each route costs in DynamoDB, then the bundles
  --gate-only       only the cohort gates
  --bundles-only    only every Lambda's bundle size and cold import (no local cloud)
  --matching-only   only the stable matching engine over 10,000 applicants × 1,000 offers (no local cloud, seconds)
  --matching-run-only  only the internship matching run over 10,000 applicants × 1,000 offers on the local cloud (minutes)
  --documents-only  only the certificate and recommendation letter PDFs' render time and size (no local cloud, seconds)
  --issuing-only    only the certificate issuer over the requested certificates on the local cloud (minutes)
  --counters-only   only the season counters: what they add to 1,000 applications' writes, and reading reports of 1,000 to 1,000,000 applications (minutes)
  --issuing-count N requested certificates the issuer works through (default 10000)
  --cold-runs N     cold imports timed per bundle (default 15)
  -h, --help        print this and exit`;

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly routesOnly: boolean;
  readonly gateOnly: boolean;
  readonly bundlesOnly: boolean;
  readonly matchingOnly: boolean;
  readonly matchingRunOnly: boolean;
  readonly documentsOnly: boolean;
  readonly issuingOnly: boolean;
  readonly countersOnly: boolean;
  readonly issuingCount: number;
  readonly coldRuns: number;
}

/** A command line the bench cannot run: `message` is one line saying why. */
export class BenchUsageError extends Error {}

const OPTIONS = {
  sizes: { type: 'string', default: '10000,100000' },
  'routes-only': { type: 'boolean', default: false },
  'gate-only': { type: 'boolean', default: false },
  'bundles-only': { type: 'boolean', default: false },
  'matching-only': { type: 'boolean', default: false },
  'matching-run-only': { type: 'boolean', default: false },
  'documents-only': { type: 'boolean', default: false },
  'issuing-only': { type: 'boolean', default: false },
  'counters-only': { type: 'boolean', default: false },
  'issuing-count': { type: 'string', default: '10000' },
  'cold-runs': { type: 'string', default: '15' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const parse = (args: readonly string[]) => {
  try {
    return parseArgs({ args: [...args], options: OPTIONS }).values;
  } catch (error) {
    // parseArgs explains itself in a sentence (and may add a hint on a line of its own): keep the sentence.
    throw new BenchUsageError((error as Error).message.split('\n')[0]);
  }
};

/** The bench's command line: `help` to print USAGE, else the options; a mistake throws BenchUsageError. */
export const parseBenchOptions = (
  args: readonly string[],
): { readonly help: true } | { readonly help: false; readonly options: BenchOptions } => {
  const values = parse(args);
  if (values.help) return { help: true };
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new BenchUsageError(`--sizes takes positive whole numbers, comma-separated: ${values.sizes}`);
  const coldRuns = Number(values['cold-runs']);
  if (!Number.isInteger(coldRuns) || coldRuns < 1)
    throw new BenchUsageError(`--cold-runs takes a positive whole number: ${values['cold-runs']}`);
  const issuingCount = Number(values['issuing-count']);
  if (!Number.isInteger(issuingCount) || issuingCount < 1)
    throw new BenchUsageError(`--issuing-count takes a positive whole number: ${values['issuing-count']}`);
  const only = (
    [
      'routes-only',
      'gate-only',
      'bundles-only',
      'matching-only',
      'matching-run-only',
      'documents-only',
      'issuing-only',
      'counters-only',
    ] as const
  ).filter((option) => values[option]);
  if (only.length > 1) throw new BenchUsageError(`Pick at most one of --${only.join(', --')}`);
  return {
    help: false,
    options: {
      sizes,
      routesOnly: values['routes-only'],
      gateOnly: values['gate-only'],
      bundlesOnly: values['bundles-only'],
      matchingOnly: values['matching-only'],
      matchingRunOnly: values['matching-run-only'],
      documentsOnly: values['documents-only'],
      issuingOnly: values['issuing-only'],
      countersOnly: values['counters-only'],
      issuingCount,
      coldRuns,
    },
  };
};
