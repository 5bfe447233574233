import { Writable } from 'node:stream';
import type { CliIo, CliStream } from '../../infra/cli/cli-io.ts';

export interface CapturedCliIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** The intervals the watch loop asked to wait, in milliseconds. */
  readonly waits: readonly number[];
}

const capture = (into: string[], isTTY: boolean): CliStream =>
  Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        into.push(chunk.toString());
        done();
      },
    }),
    { isTTY, columns: 120 },
  );

/**
 * The CLI's outside world for a test: stdout and stderr captured (not a terminal unless `tty`), an
 * empty environment (no LANG: English), and waits recorded. The wait does not sleep for the interval
 * asked: it yields to the event loop (or runs `pause`, e.g. a short poll of a real run), so a
 * watch's outcome never depends on wall-clock time.
 */
export const capturedCliIo = (
  overrides: Partial<Omit<CliIo, 'stdout' | 'stderr' | 'wait'>> & { readonly tty?: boolean; readonly pause?: () => Promise<void> } = {},
): CapturedCliIo => {
  const out: string[] = [];
  const err: string[] = [];
  const waits: number[] = [];
  const { tty = false, pause = () => new Promise<void>((resolve) => setImmediate(resolve)), ...rest } = overrides;
  const io: CliIo = {
    stdout: capture(out, tty),
    stderr: capture(err, false),
    env: {},
    fetch: globalThis.fetch,
    wait: async (milliseconds) => {
      waits.push(milliseconds);
      await pause();
    },
    readFile: () => Promise.reject(new Error('no file system in this test')),
    writeFile: () => Promise.reject(new Error('no file system in this test')),
    ...rest,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), waits };
};
