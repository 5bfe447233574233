import { S3Client } from '@aws-sdk/client-s3';
import { ENV, optionalEnv } from '../../platform/config/env.ts';

let client: S3Client | undefined;

/**
 * One S3 client per process. S3_ENDPOINT points it at s3rver or an S3-compatible store in the
 * country the data must stay in (152-FZ); such stores, like s3rver, address buckets by path.
 */
export const s3Client = (): S3Client => {
  const endpoint = optionalEnv(ENV.s3Endpoint);
  client ??= new S3Client({ endpoint, forcePathStyle: endpoint !== undefined });
  return client;
};
