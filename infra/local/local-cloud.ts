import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowCapability } from '../../shared/platform/workflow/state-machine-manifest.ts';
import { localEnvironment, type LocalEndpoints } from './environment.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_RESOURCE_NAMES } from './local-settings.ts';
import { findFreePort } from './ports.ts';
import { ensureBucket, ensureTable, ensureVerificationSite } from './resources.ts';
import { startDynamoDbLocal } from './services/dynamodb-local.ts';
import { startS3Server } from './services/s3-server.ts';
import type { ServiceHandle } from './services/service-handle.ts';
import { startSesServer } from './services/ses-server.ts';
import { startLocalScheduler, type LocalScheduler } from './scheduler/local-scheduler.ts';
import type { LambdaHandler } from './step-functions/in-process-lambda.ts';
import type { LocalStateMachine } from './step-functions/local-state-machine.ts';
import { importCapabilityHandler, loadManifestStateMachines } from './step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer } from './step-functions/sfn-server.ts';
import type { StreamReader } from './streams/stream-reader.ts';
import { startWebhookEventReader } from './streams/webhook-event-reader.ts';

export interface LocalCloudPorts {
  readonly dynamodb: number;
  readonly s3: number;
  readonly ses: number;
  readonly sfn: number;
}

export interface LocalCloudOptions {
  /** 0 picks a free port. */
  readonly ports: LocalCloudPorts;
  /**
   * Where DynamoDB (`dynamodb/`) and S3 (`s3/`) keep their data between runs. Omitted: DynamoDB
   * in memory and S3 in a temporary folder removed on stop (tests, `--ephemeral`).
   */
  readonly dataDir?: string;
  /** The code behind workflow Task states; the capability's real handler by default. */
  readonly loadHandler?: (capability: WorkflowCapability) => Promise<LambdaHandler>;
}

export interface LocalCloud {
  /** The environment the functions read; also applied to this process's environment. */
  readonly env: Readonly<Record<string, string>>;
  readonly endpoints: LocalEndpoints;
  readonly mailboxUrl: string;
  readonly mailStoreUrl: string;
  readonly dynamodbPid: number;
  readonly stateMachines: readonly LocalStateMachine[];
  /** Settles if a service dies on its own (DynamoDB Local's JVM is the one child process). */
  readonly crashed: Promise<Error>;
  /**
   * Starts running the schedules of infra/schedules/index.ts (the mail drainer, the calendar tick)
   * as EventBridge Scheduler would. `npm start` does, once the demo data is in (seeding and a
   * drainer would share DynamoDB Local's one busy core); the test setup does not (tests drain mail
   * themselves, test/support/deliver-queued-mail.ts, and tick calendars when they mean to).
   */
  startSchedules(): void;
  /** Stops every service, newest first; safe to call twice. */
  stop(): Promise<void>;
}

const stopAll = async (services: readonly ServiceHandle[]): Promise<void> => {
  const results = await Promise.allSettled([...services].reverse().map((service) => service.stop()));
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failures.length > 0) throw new AggregateError(failures, 'Some local services did not stop cleanly');
};

/**
 * Starts DynamoDB Local, S3 (s3rver behind its upload-policy check), the SES server and the Step
 * Functions server, creates the table and the documents bucket from the CDK definitions, sets
 * the functions' environment in this process (workflow Task handlers run here and read it), and
 * follows the table's stream into the `webhook-events` function as its event source mapping does
 * in AWS. Used by `npm start` and by the test global setup alike.
 */
export const startLocalCloud = async ({
  ports,
  dataDir,
  loadHandler = importCapabilityHandler,
}: LocalCloudOptions): Promise<LocalCloud> => {
  const started: ServiceHandle[] = [];
  const starting: Promise<unknown>[] = [];
  const s3Directory = dataDir === undefined ? await mkdtemp(join(tmpdir(), 'cadre-s3-')) : join(dataDir, 's3');
  // Beside S3's folder, never in it: s3rver takes every folder there for a bucket.
  const keysDirectory = dataDir === undefined ? `${s3Directory}-keys` : join(dataDir, 'keys');
  const removeTemporaryData = async () => {
    if (dataDir === undefined)
      await Promise.all([s3Directory, keysDirectory].map((directory) => rm(directory, { recursive: true, force: true })));
  };
  const track = <T extends ServiceHandle>(service: Promise<T>): Promise<T> => {
    const handle = service.then((running) => {
      started.push(running);
      return running;
    });
    starting.push(handle);
    return handle;
  };

  try {
    const [dynamodb, s3, ses] = await Promise.all([
      track(
        startDynamoDbLocal({
          port: ports.dynamodb === 0 ? await findFreePort() : ports.dynamodb,
          ...(dataDir === undefined ? {} : { dataDir: join(dataDir, 'dynamodb') }),
        }),
      ),
      track(startS3Server({ port: ports.s3, directory: s3Directory })),
      track(startSesServer({ port: ports.ses })),
    ]);
    const stateMachines = await loadManifestStateMachines(LOCAL_REGION, loadHandler);
    const sfn = await track(startStepFunctionsServer({ port: ports.sfn, machines: stateMachines }));

    const endpoints: LocalEndpoints = { dynamodb: dynamodb.endpoint, s3: s3.endpoint, ses: ses.endpoint, sfn: sfn.endpoint };
    const env = localEnvironment(endpoints, join(keysDirectory, 'certificate-signing.pem'));
    Object.assign(process.env, env);

    const dynamodbClient = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const s3Client = new S3Client({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
    let tableStreamArn: string;
    try {
      [{ streamArn: tableStreamArn }] = await Promise.all([
        ensureTable(dynamodbClient, LOCAL_RESOURCE_NAMES.table),
        ensureBucket(s3Client, LOCAL_RESOURCE_NAMES.documentsBucket),
        ensureVerificationSite(s3Client, LOCAL_RESOURCE_NAMES.verificationBucket),
      ]);
    } finally {
      dynamodbClient.destroy();
      s3Client.destroy();
    }

    // Before the schedules, stopped after them and before the services: a batch in hand finishes.
    const webhookEvents: StreamReader = await startWebhookEventReader(dynamodb.endpoint, tableStreamArn);
    // Last to start, first to stop: no scheduled run may find a service gone.
    let scheduler: LocalScheduler | undefined;

    let stopped: Promise<void> | undefined;
    return {
      env,
      endpoints,
      mailboxUrl: ses.mailboxUrl,
      mailStoreUrl: ses.storeUrl,
      dynamodbPid: dynamodb.pid,
      stateMachines,
      crashed: dynamodb.crashed,
      startSchedules: () => {
        scheduler ??= startLocalScheduler({ loadHandler: importCapabilityHandler });
      },
      stop: () =>
        (stopped ??= (async () => {
          await scheduler?.stop();
          await webhookEvents.stop();
          await stopAll(started);
        })().finally(removeTemporaryData)),
    };
  } catch (error) {
    // Services still starting when another failed must be up before they can be stopped.
    await Promise.allSettled(starting);
    await stopAll(started).catch(() => undefined);
    await removeTemporaryData();
    throw error;
  }
};
