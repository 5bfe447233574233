import S3rver from 's3rver';
import { mkdir } from 'node:fs/promises';
import { LOCAL_ALLOWED_ORIGINS, LOCAL_CREDENTIALS, LOCAL_REGION } from '../local-settings.ts';
import { startPostPolicyGate } from './s3-post-policy-gate.ts';
import type { ServiceHandle } from './service-handle.ts';

export interface S3ServerOptions {
  readonly port: number;
  /** Folder holding buckets and objects: `.local/s3` for `npm start`, a temporary folder for tests. */
  readonly directory: string;
}

/**
 * Starts the local S3: s3rver, which speaks the S3 REST protocol (including presigned URLs and
 * bucket CORS) and stores the bytes, on a private port, behind a gate on `port` that checks
 * browser uploads against their presigned POST policy as S3 does (s3rver stores any form it gets).
 * Buckets are created through the S3 API afterwards (resources.ts), like any other client would.
 */
export const startS3Server = async ({ port, directory }: S3ServerOptions): Promise<ServiceHandle> => {
  await mkdir(directory, { recursive: true });
  const storage = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  const stored = await storage.run();
  let gate: ServiceHandle;
  try {
    gate = await startPostPolicyGate({
      port,
      upstreamPort: stored.port,
      signer: { ...LOCAL_CREDENTIALS, region: LOCAL_REGION },
      allowedOrigins: LOCAL_ALLOWED_ORIGINS,
    });
  } catch (error) {
    await storage.close();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    endpoint: gate.endpoint,
    port: gate.port,
    stop: () => (stopped ??= gate.stop().finally(() => storage.close())),
  };
};
