import { readFile, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';

/** Where the CLI writes: a terminal (a progress bar) or anything else (plain lines). */
export type CliStream = Writable & { readonly isTTY?: boolean };

/**
 * Everything the CLI touches outside itself, so a test runs the program in-process with its own
 * streams, environment and waiting, and the watch loop's interval never makes a test wait for time.
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch: typeof fetch;
  /** Waits between two polls of a run. */
  readonly wait: (milliseconds: number) => Promise<void>;
  readonly readFile: (path: string) => Promise<Buffer>;
  readonly writeFile: (path: string, content: string) => Promise<void>;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  fetch: globalThis.fetch,
  wait: (milliseconds) => delay(milliseconds),
  readFile: (path) => readFile(path),
  writeFile: (path, content) => writeFile(path, content),
});
