import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll } from 'vitest';
import { createLocalPools } from '../../../infra/local/auth/local-pools.ts';
import { createGateway, type RunningGateway } from '../../../infra/local/gateway/gateway.ts';
import { run } from '../../../infra/cli/program.ts';
import type { CliIo } from '../../../infra/cli/cli-io.ts';
import { capturedCliIo } from '../../support/captured-cli-io.ts';

/**
 * The local gateway (the whole route table and the real handlers, as `npm start` serves them, with
 * an issuer of its own), started before a test file's tests and stopped after them.
 */
export const localGateway = (name: string): (() => RunningGateway) => {
  let directory: string | undefined;
  let gateway: RunningGateway | undefined;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), `cadre-${name}-`));
    gateway = await createGateway({ pools: await createLocalPools({ keyDirectory: directory }) });
  });
  afterAll(async () => {
    await gateway?.stop();
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  });
  return () => {
    if (gateway === undefined) throw new Error('The gateway is not started: call it inside a test');
    return gateway;
  };
};

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The intervals a watch asked to wait between its reads. */
  readonly waits: readonly number[];
}

/**
 * `npm run cadre -- …argv` run in-process. A watch's wait is the polling interval of a condition
 * (the run has ended), as waitFor's is: the test shortens it to a brief poll, whatever `--interval`
 * asks, or has `pause` do what the time would bring (a schedule's run).
 */
export const cadre = async (
  argv: readonly string[],
  overrides: Partial<Omit<CliIo, 'stdout' | 'stderr' | 'wait'>> & { readonly pause?: () => Promise<void> } = {},
): Promise<CliRun> => {
  const captured = capturedCliIo({ pause: () => delay(100), ...overrides });
  const exitCode = await run(argv, captured.io);
  return { exitCode, stdout: captured.stdout(), stderr: captured.stderr(), waits: captured.waits };
};
