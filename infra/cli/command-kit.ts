import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from './cli-io.ts';
import { openSession, type Session } from './session.ts';

/** What the program exits with: 0 done; 1 an API or network error, or a run that failed; 2 an import that rejected rows (the good ones are recorded). */
export const EXIT = { ok: 0, failed: 1, rowsRejected: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What a command's action gets: its session, opened on demand, and the exit code it ends with. */
export interface CommandRunner {
  /** Runs `action` with a session for `command`; its result is the program's exit code. */
  readonly run: (command: Command, action: (session: Session) => Promise<ExitCode>) => Promise<void>;
}

export const commandRunner = (io: CliIo, exitWith: (code: ExitCode) => void): CommandRunner => ({
  run: async (command, action) => exitWith(await action(await openSession(command, io))),
});

const DEFAULT_INTERVAL_SECONDS = 2;

const seconds = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 3600)
    throw new InvalidArgumentError('Seconds between 0 and 3600, e.g. 2 or 0.5.');
  return parsed;
};

/** `--interval <seconds>`: how often a watch reads its run. */
export const intervalOption = (): Option =>
  new Option('--interval <seconds>', 'seconds between two reads of the run').argParser(seconds).default(DEFAULT_INTERVAL_SECONDS);

export const intervalMs = (options: { readonly interval: number }): number => Math.round(options.interval * 1000);

/** Where a finished run's report and a watch's progress go: stdout, so `> file` keeps them; errors go to stderr. */
export const print = (io: CliIo, text: string): void => {
  io.stdout.write(text);
};
