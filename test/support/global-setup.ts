import { startLocalCloud, type LocalCloud } from '../../infra/local/local-cloud.ts';

/**
 * `node --test --test-global-setup=test/support/global-setup.ts`: one local cloud for the whole
 * run (one JVM for DynamoDB Local, in memory; S3 in a temporary folder), on free ports so it
 * never collides with a running `npm start`. The environment it sets on process.env (TABLE_NAME,
 * DYNAMODB_ENDPOINT, SFN_ENDPOINT, ...) is inherited by every test process.
 */
let cloud: LocalCloud | undefined;

export const globalSetup = async (): Promise<void> => {
  cloud = await startLocalCloud({ ports: { dynamodb: 0, s3: 0, ses: 0, sfn: 0 } });
};

export const globalTeardown = async (): Promise<void> => {
  await cloud?.stop();
};
