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

/**
 * One row per bundle: size, cold-import median and p90, the median over the floor's median, and
 * whether the bundle meets its targets (bundle-targets.ts). Printed, not asserted: the bench fails
 * on nothing but the gate's exactly-once check.
 */
export const printBundleReport = (bundles: readonly BuiltBundle[], samples: ReadonlyMap<string, readonly number[]>, runs: number): void => {
  const floor = bundles.find((bundle) => bundle.entry.kind === 'floor');
  if (floor === undefined) throw new Error('The bundle report needs the floor bundle');
  const floorMedian = median(samples.get(floor.file) ?? []);
  let missing = 0;
  const rows = bundles.map((bundle) => {
    const times = samples.get(bundle.file) ?? [];
    const kib = bundle.bytes / 1024;
    const xFloor = median(times) / floorMedian;
    const verdict = judgeTargets(bundle.entry, kib, xFloor);
    if (verdict.applies && verdict.missed.length > 0) missing += 1;
    const name = bundle.entry.http ? `${bundle.entry.name} (HTTP)` : bundle.entry.name;
    // A decimal for the tiny reference bundle, which would otherwise read 0 KiB.
    return [
      name,
      kib.toFixed(kib < 10 ? 1 : 0),
      median(times).toFixed(1),
      quantile(times, 0.9).toFixed(1),
      `${xFloor.toFixed(2)}×`,
      verdictText(verdict, bundle.entry.kind),
    ];
  });
  const functions = bundles.filter((bundle) => bundle.entry.kind === 'function').length;
  console.log(
    `\nLambda bundles and their cold import (esbuild as CDK: ESM, node24, minified, SDK bundled; no source maps).` +
      `\nCold import: import() of the bundle in a fresh Node ${process.versions.node} process, ${runs} runs per bundle, round-robin.\n`,
  );
  printTable(['function', 'KiB', 'cold import median ms', 'p90 ms', '×floor', 'targets met'], rows);
  console.log(
    `\nTargets: every function ≤ ${MAX_BUNDLE_KIB} KiB; HTTP capabilities' cold import ≤ ${MAX_COLD_IMPORT_X_FLOOR.toFixed(2)}× floor` +
      ` (floor: DynamoDB document client + middy + zod, test/bench/floor-entry.ts).` +
      `\n${functions - missing} of ${functions} functions meet their targets.`,
  );
};
