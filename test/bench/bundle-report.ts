import type { BuiltBundle } from './build-bundles.ts';
import { judgeTargets, MAX_BUNDLE_KIB, MAX_COLD_IMPORT_X_FLOOR, type TargetVerdict } from './bundle-targets.ts';

/** The q-quantile of samples (0 < q ≤ 1), nearest rank: a value that was measured, not interpolated. */
const quantile = (samples: readonly number[], q: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};

/** The median of an even count is the mean of the two middle values, so it does not lean either way. */
const median = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const verdictText = (verdict: TargetVerdict, kind: string): string => {
  if (!verdict.applies) return `(${kind})`;
  if (verdict.missed.length > 0) return `NO: ${verdict.missed.join(', ')}`;
  return verdict.coldImportChecked ? 'yes' : 'yes (size only)';
};

const printTable = (header: readonly string[], rows: readonly (readonly string[])[]): void => {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  // The first and last columns are words (left-aligned); the figures between are right-aligned.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === cells.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join(' | ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
};

/** The probe names (cold-import.ts): the entry alone, and the entry followed by its heaviest route's chunk. */
export const coldImportKey = (bundle: BuiltBundle): string => bundle.entry.name;
export const firstCallKey = (bundle: BuiltBundle): string => `${bundle.entry.name} + ${bundle.heaviestRoute?.name ?? ''}`;

const kibText = (bytes: number): string => {
  const kib = bytes / 1024;
  // A decimal for the tiny reference bundle, which would otherwise read 0 KiB.
  return kib.toFixed(kib < 10 ? 1 : 0);
};

/**
 * One row per bundle: what its cold start reads, what the first call of its heaviest route reads
 * on top, the whole package, the cold-import median and p90, the median over the floor's median,
 * the same for the cold start followed by that first call, and whether the bundle meets its targets
 * (bundle-targets.ts). Printed, not asserted: the bench fails on nothing but the gate's
 * exactly-once check.
 */
export const printBundleReport = (bundles: readonly BuiltBundle[], samples: ReadonlyMap<string, readonly number[]>, runs: number): void => {
  const floor = bundles.find((bundle) => bundle.entry.kind === 'floor');
  if (floor === undefined) throw new Error('The bundle report needs the floor bundle');
  const floorMedian = median(samples.get(coldImportKey(floor)) ?? []);
  let missing = 0;
  const rows = bundles.map((bundle) => {
    const times = samples.get(coldImportKey(bundle)) ?? [];
    const route = bundle.heaviestRoute;
    const firstCall = route === undefined ? undefined : median(samples.get(firstCallKey(bundle)) ?? []);
    const xFloor = median(times) / floorMedian;
    const verdict = judgeTargets(bundle.entry, bundle.initBytes / 1024, xFloor);
    if (verdict.applies && verdict.missed.length > 0) missing += 1;
    const name = bundle.entry.http ? `${bundle.entry.name} (HTTP)` : bundle.entry.name;
    return [
      name,
      kibText(bundle.initBytes),
      route === undefined ? '–' : `${kibText(route.bytes)} ${route.name}`,
      kibText(bundle.packageBytes),
      median(times).toFixed(1),
      quantile(times, 0.9).toFixed(1),
      `${xFloor.toFixed(2)}×`,
      firstCall === undefined ? '–' : `${firstCall.toFixed(1)} (${(firstCall / floorMedian).toFixed(2)}×)`,
      verdictText(verdict, bundle.entry.kind),
    ];
  });
  const functions = bundles.filter((bundle) => bundle.entry.kind === 'function').length;
  console.log(
    `\nLambda bundles and their cold import (built as CDK builds them: code-split ESM, node24, minified, SDK bundled; no source maps).` +
      `\nCold import: import() of the entry in a fresh Node ${process.versions.node} process, ${runs} runs per bundle, round-robin.` +
      `\nFirst call: the same, then import() of the heaviest route's chunk, as the first request to that route does.\n`,
  );
  printTable(
    [
      'function',
      'cold-start KiB',
      '+ heaviest route KiB',
      'package KiB',
      'cold import ms',
      'p90 ms',
      '×floor',
      'cold import + first call ms',
      'targets met',
    ],
    rows,
  );
  console.log(
    `\nTargets: every function's cold start reads ≤ ${MAX_BUNDLE_KIB} KiB;` +
      ` HTTP capabilities' cold import ≤ ${MAX_COLD_IMPORT_X_FLOOR.toFixed(2)}× floor` +
      ` (floor: DynamoDB document client + middy + zod, test/bench/floor-entry.ts, built the same way).` +
      `\nA route's chunks are read at its first call (the column after the cold start: the heaviest route); the package also` +
      ` holds chunks no call of a Lambda reads (the SDK's SSO, ini-file and process credential providers).` +
      `\n${functions - missing} of ${functions} functions meet their targets.`,
  );
};
