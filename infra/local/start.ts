import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalCloudError } from './local-cloud-error.ts';
import { startLocalCloud, type LocalCloud } from './local-cloud.ts';
import { assertPortsFree } from './ports.ts';
import { parseStartOptions, USAGE } from './start-options.ts';
import { ENV } from '../../shared/platform/config/env.ts';
import { demoDataLine, readyLine, startUpBanner, type LocalCloudUrls } from './start-up-report.ts';

/**
 * `npm start`: the whole of cadre on this machine. Starts the local AWS stand-ins, seeds demo
 * data, serves the API, prints where everything is, and on Ctrl-C (or SIGTERM) stops every
 * child process and server before exiting 0. A service that dies (Java crashing) stops the rest
 * and exits 1 with what it printed.
 */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.local/', import.meta.url));

interface Running {
  readonly stop: () => Promise<void>;
}

const main = async (): Promise<number> => {
  const options = parseStartOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const startedAt = performance.now();
  // With the JSON ready line, stdout is for machines: everything else goes to stderr.
  const log = (message: string) => (options.readyJson ? console.error(message) : console.log(message));
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;

  // Asked to stop while still starting: finish starting, then stop at once, leaving nothing behind.
  const stopRequested = new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.on(signal, () => {
        console.error('\nStill stopping; press Ctrl-C again to leave processes behind.');
        process.on(signal, () => process.exit(130));
      });
      resolve(signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });

  if (options.fresh && !options.ephemeral) {
    await rm(dataDir, { recursive: true, force: true });
    log(`Removed ${dataDir} (--fresh).`);
  }
  await assertPortsFree(options.portClaims);
  log('Starting the cadre local cloud...');

  const running: Running[] = [];
  const temporaryDir = options.ephemeral ? await mkdtemp(join(tmpdir(), 'cadre-local-')) : undefined;
  const stopEverything = async () => {
    for (const service of [...running].reverse()) await service.stop();
    if (temporaryDir !== undefined) await rm(temporaryDir, { recursive: true, force: true });
  };

  let cloud: LocalCloud;
  try {
    cloud = await startLocalCloud({ ports: options.ports, ...(options.ephemeral ? {} : { dataDir }) });
    running.push(cloud);
    const api = await startApi(options.ports.api, temporaryDir ?? dataDir, options.demoApplicants, log);
    running.push(api);
    cloud.startSchedules();

    const urls: LocalCloudUrls = {
      api: api.url,
      docs: `${api.url}/docs`,
      openapi: `${api.url}/openapi.json`,
      mailbox: cloud.mailboxUrl,
      mailStore: cloud.mailStoreUrl,
      verification: cloud.env[ENV.certificatesPublicUrl] ?? '',
      ...cloud.endpoints,
    };
    const startUpMs = performance.now() - startedAt;
    console.log(options.readyJson ? readyLine(urls, cloud.dynamodbPid, startUpMs) : startUpBanner(urls, startUpMs));
  } catch (error) {
    await stopEverything();
    throw error;
  }

  const outcome = await Promise.race([stopRequested.then(() => 'stop' as const), cloud.crashed]);
  if (outcome === 'stop') {
    log('Stopping the local cloud...');
    await stopEverything();
    log('Stopped.');
    return 0;
  }
  console.error(outcome.message);
  console.error('Stopping the rest of the local cloud.');
  await stopEverything();
  return 1;
};

/**
 * Seeds demo data and serves the API. Imported only now: the function handlers behind them
 * read the environment when their modules load, and startLocalCloud has only just set it.
 */
const startApi = async (
  port: number,
  stateDir: string,
  demoApplicants: boolean,
  log: (message: string) => void,
): Promise<Running & { readonly url: string }> => {
  const [{ createLocalPools }, { seedDemoData }, { createGateway }] = await Promise.all([
    import('./auth/local-pools.ts'),
    import('./seed/seed-demo-data.ts'),
    import('./gateway/gateway.ts'),
  ]);
  const pools = await createLocalPools({ keyDirectory: join(stateDir, 'auth') });
  const seedingStarted = performance.now();
  const seeded = await seedDemoData(new Date(), { applicants: demoApplicants, announce: log });
  log(demoDataLine(seeded, performance.now() - seedingStarted));
  const gateway = await createGateway({ pools, port });
  return { url: gateway.url, stop: () => gateway.stop() };
};

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    // A problem the developer can fix is one clear message; anything else is a bug and keeps its stack.
    console.error(error instanceof LocalCloudError ? error.message : error);
    process.exit(1);
  },
);
