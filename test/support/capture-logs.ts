import { vi } from 'vitest';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** A log line as Powertools writes it outside dev mode: compact JSON, one entry per line. */
const compact = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
};

/**
 * Everything logged while `work` runs, one compact JSON line per entry. In tests the Powertools
 * logger writes through the global console (POWERTOOLS_DEV, see worker-setup.ts), pretty-printed;
 * this puts each entry back on one line, as the Lambda runtime would write it.
 */
export const captureLogs = async (work: () => Promise<unknown>): Promise<string> => {
  const lines: string[] = [];
  const spies = CONSOLE_METHODS.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(compact).join(' '));
    }),
  );
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.join('\n');
};
