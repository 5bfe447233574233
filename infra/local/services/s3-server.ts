import S3rver from 's3rver';
import { mkdir } from 'node:fs/promises';
import type { ServiceHandle } from './service-handle.ts';

export interface S3ServerOptions {
  readonly port: number;
  /** Folder holding buckets and objects: `.local/s3` for `npm start`, a temporary folder for tests. */
  readonly directory: string;
}

/**
 * Starts s3rver, which speaks the S3 REST protocol (including presigned URLs and bucket CORS).
 * Buckets are created through the S3 API afterwards (resources.ts), like any other client would.
 */
export const startS3Server = async ({ port, directory }: S3ServerOptions): Promise<ServiceHandle> => {
  await mkdir(directory, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true });
  const address = await server.run();
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stop: () => (stopped ??= server.close()),
  };
};
