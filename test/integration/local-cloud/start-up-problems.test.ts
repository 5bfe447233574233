import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LocalCloudError } from '../../../infra/local/local-cloud-error.ts';
import { assertPortsFree } from '../../../infra/local/ports.ts';

/**
 * The two start-up problems a newcomer meets first, a busy port and no Java, must end in one
 * message saying what to do, not in a stack trace.
 */
const START = fileURLToPath(new URL('../../../infra/local/start.ts', import.meta.url));
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const runStart = async (args: readonly string[], env: NodeJS.ProcessEnv) => {
  const child = spawn(process.execPath, [START, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const [stdout, stderr, exitCode] = await Promise.all([
    text(child.stdout),
    text(child.stderr),
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))),
  ]);
  return { stdout, stderr, exitCode };
};

let busy: Server;
let busyPort: number;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const address = busy.address();
  busyPort = typeof address === 'object' && address !== null ? address.port : assert.fail('no port');
});

afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

describe('start-up problems', () => {
  it('names a busy port and the variable that moves it', async () => {
    await assert.rejects(
      assertPortsFree([
        { service: 'S3 (s3rver)', port: 0, envVar: 'CADRE_S3_PORT' },
        { service: 'API gateway', port: busyPort, envVar: 'CADRE_API_PORT' },
      ]),
      (error: unknown) => {
        assert.ok(error instanceof LocalCloudError);
        assert.match(error.message, new RegExp(`port ${busyPort} \\(API gateway\\) is already in use.*CADRE_API_PORT=`));
        assert.doesNotMatch(error.message, /CADRE_S3_PORT/, 'port 0 (any free port) is never busy');
        return true;
      },
    );
  });

  it('npm start stops before starting anything when a port is busy, with the message only', async () => {
    const { stderr, exitCode } = await runStart(['--ephemeral'], { ...process.env, CADRE_SES_PORT: String(busyPort) });
    assert.equal(exitCode, 1);
    assert.match(stderr, new RegExp(`port ${busyPort} \\(SES and mailbox\\) is already in use`));
    assert.match(stderr, /CADRE_SES_PORT=<another port>/);
    assert.doesNotMatch(stderr, STACK_FRAME);
  });

  it('npm start without Java says how to install it, with no stack trace', async () => {
    const emptyBin = await mkdtemp(join(tmpdir(), 'cadre-no-java-'));
    try {
      const { stdout, stderr, exitCode } = await runStart(['--ephemeral'], { ...process.env, PATH: emptyBin });
      assert.equal(exitCode, 1);
      assert.match(stderr, /Java was not found on PATH/);
      assert.match(stderr, /apt-get install -y openjdk-17-jre-headless/);
      assert.match(stderr, /brew install openjdk@17/);
      assert.doesNotMatch(stderr, STACK_FRAME);
      assert.doesNotMatch(stdout, /"event":"ready"/);
    } finally {
      await rm(emptyBin, { recursive: true, force: true });
    }
  });
});
