import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createLocalPools, type LocalPools } from '../../infra/local/auth/local-pools.ts';
import { createGateway, type RunningGateway } from '../../infra/local/gateway/gateway.ts';

/** Debian's Chromium (apt-get install chromium; .ci/run installs it): tests never download a browser. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface GatewayInBrowser {
  /** The whole route table and the real handlers, as `npm start` serves them. */
  readonly gateway: () => RunningGateway;
  readonly browser: () => Browser;
  /** The gateway's token issuers, to mint a token a test needs (an expired one, say). */
  readonly pools: () => LocalPools;
}

/**
 * For a test file of pages the API serves: the local gateway and headless Chromium, started before
 * its tests and stopped after them (the browser first, so no page outlives its server).
 */
export const gatewayInBrowser = (name: string): GatewayInBrowser => {
  let directory: string | undefined;
  let gateway: RunningGateway | undefined;
  let browser: Browser | undefined;
  let pools: LocalPools | undefined;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), `cadre-${name}-`));
    pools = await createLocalPools({ keyDirectory: directory });
    gateway = await createGateway({ pools });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not started: call it inside a test`);
    return value;
  };
  return {
    gateway: () => started(gateway, 'gateway'),
    browser: () => started(browser, 'browser'),
    pools: () => started(pools, 'token issuers'),
  };
};
