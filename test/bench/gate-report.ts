import { costPer1000, expressRequestsPer1000Usd } from './cost-model.ts';
import type { GateMeasurement } from './gate-bench.ts';

const table = (header: readonly string[], rows: readonly (readonly string[])[]): void => {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
};

const usd = (value: number): string => `$${value.toFixed(value < 0.01 ? 5 : 4)}`;
const number = (value: number, digits = 0): string =>
  value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The gate runs side by side, the ratio of their times, and the cost model per 1,000 applications. */
export const printGateReport = (measurements: readonly GateMeasurement[], memoryMb: number): void => {
  if (measurements.length === 0) return;
  const header = [
    '',
    ...measurements.map((measurement) => `${number(measurement.size)}${measurement.interruptedAtSeen === undefined ? '' : ' (resumed)'}`),
  ];
  console.log(
    '\nCohort gate education -> interview (ПроКадры shortlist gate; 3 in 4 shortlisted), local cloud, one process on this machine\n',
  );
  table(header, [
    ['time to succeeded (s)', ...measurements.map((m) => number(m.seconds, 1))],
    ['applications / s', ...measurements.map((m) => number(m.size / m.seconds))],
    [
      'moved / skipped / already moved',
      ...measurements.map((m) => `${number(m.run.moved)} / ${number(m.run.skipped)} / ${number(m.run.alreadyMoved)}`),
    ],
    ['stopped at (seen)', ...measurements.map((m) => (m.interruptedAtSeen === undefined ? '-' : number(m.interruptedAtSeen)))],
    ['executions', ...measurements.map((m) => String(m.executions.length))],
    ['state transitions (retries)', ...measurements.map((m) => `${number(m.transitions)} (${m.retries})`)],
    ['Lambda invocations (pages)', ...measurements.map((m) => `${number(m.invocations)} (${number(m.pageInvocations)})`)],
    ['Lambda time, summed (s)', ...measurements.map((m) => number(m.billedMs / 1000, 1))],
    ['DynamoDB requests', ...measurements.map((m) => number(m.dynamoRequests))],
    ['DynamoDB RRU / WRU', ...measurements.map((m) => `${number(m.readUnits)} / ${number(m.writeUnits)}`)],
    ['mails queued (sent via SES later)', ...measurements.map((m) => number(m.mails))],
    ['exactly once', ...measurements.map((m) => (m.problems.length === 0 ? 'yes' : 'NO'))],
  ]);
  const first = measurements[0]!;
  const last = measurements.at(-1)!;
  if (measurements.length > 1) {
    console.log(
      `\nTime ratio ${number(last.size)} / ${number(first.size)}: ${(last.seconds / first.seconds).toFixed(2)} (linear would be ${(last.size / first.size).toFixed(0)}).` +
        (last.interruptedAtSeen === undefined ? '' : ' The larger run includes its stop and resume.'),
    );
  }

  console.log(
    `\nCost model per 1,000 applications in AWS (prices: test/bench/prices.ts; workflow Lambda ${memoryMb} MB from infra/constructs/capability-function.ts)\n`,
  );
  const costs = measurements.map((measurement) => costPer1000(measurement, memoryMb));
  const items = costs[0]!.map((line) => line.item);
  table(
    ['per 1,000 applications', ...measurements.flatMap((m) => [`${number(m.size)}: quantity`, 'USD'])],
    [
      ...items.map((item, row) => [
        `${item} (${costs[0]![row]!.unit})`,
        ...costs.flatMap((lines) => [number(lines[row]!.per1000, 2), usd(lines[row]!.usd)]),
      ]),
      ['total', ...costs.flatMap((lines) => ['', usd(lines.reduce((total, line) => total + line.usd, 0))])],
      [
        'total without SES',
        ...costs.flatMap((lines) => ['', usd(lines.filter((line) => line.item !== 'SES').reduce((total, line) => total + line.usd, 0))]),
      ],
    ],
  );
  console.log(
    [
      '',
      'Counted, not estimated: transitions from the execution histories (states entered + Task retries), invocations and mails (queued or sent) from the workflow Lambda,',
      'DynamoDB units from ReturnConsumedCapacity (DynamoDB Local’s accounting). Lambda duration is the one local timing: summed wall time of the in-process',
      'invocations, which share one event loop and two (busy) cores with DynamoDB Local, so AWS durations would differ; treat GB-s as an order of magnitude.',
      `For comparison: the same moves one by one as applicationTransition Express executions would cost ${usd(expressRequestsPer1000Usd())} per 1,000 in requests alone, plus their duration and the same Lambda and DynamoDB work.`,
    ].join('\n'),
  );
};
