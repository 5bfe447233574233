import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LocalCloudUrls } from '../../infra/local/start-up-report.ts';

/** The JSON line `npm start -- --ephemeral` (or `--ready-json`) prints once everything is up. */
export interface ReadyLine extends LocalCloudUrls {
  readonly event: 'ready';
  readonly dynamodbPid: number;
  readonly startUpMs: number;
}

export interface LocalCloudProcess {
  readonly ready: ReadyLine;
  readonly child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Everything it wrote to stderr so far, for failure messages. */
  readonly stderr: () => string;
}

const START = fileURLToPath(new URL('../../infra/local/start.ts', import.meta.url));

/**
 * Runs the local cloud exactly as a developer does (`node infra/local/start.ts`), as a separate
 * process with nothing shared with the test, and resolves when it reports ready.
 */
export const spawnLocalCloud = (
  args: readonly string[] = ['--ephemeral'],
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalCloudProcess> => {
  // process.execPath is the Node 24 running the tests (the node@24 devDependency), not the system node.
  const child = spawn(process.execPath, [START, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      // Function logs share stdout; the ready line is the one JSON object that starts with its event.
      if (line.startsWith('{"event":"ready"')) resolve({ ready: JSON.parse(line) as ReadyLine, child, exited, stderr: () => stderr });
    });
    void exited.then((code) => reject(new Error(`The local cloud exited (code ${code}) before it was ready:\n${stderr}`)));
  });
};

export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
};
