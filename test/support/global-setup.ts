import type { TestProject } from 'vitest/node';
import { startLocalCloud } from '../../infra/local/local-cloud.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The environment the functions read (TABLE_NAME, DYNAMODB_ENDPOINT, SFN_ENDPOINT, ...). */
    localCloudEnv: Readonly<Record<string, string>>;
    /** The log level the test processes run at: LOG_LEVEL if the caller set one. */
    testLogLevel: string;
  }
}

/**
 * One local cloud for the whole run (one JVM for DynamoDB Local, in memory; S3 in a temporary
 * folder), on free ports so it never collides with a running `npm start`. Its environment reaches
 * every test file through test/support/worker-setup.ts.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The workflow handlers run in this process (the local Step Functions server calls them): they
  // stay quiet unless LOG_LEVEL asks for their logs.
  project.provide('testLogLevel', process.env['LOG_LEVEL'] ?? 'INFO');
  process.env['LOG_LEVEL'] ??= 'SILENT';
  const cloud = await startLocalCloud({ ports: { dynamodb: 0, s3: 0, ses: 0, sfn: 0 } });
  project.provide('localCloudEnv', cloud.env);
  return async () => {
    await cloud.stop();
  };
}
