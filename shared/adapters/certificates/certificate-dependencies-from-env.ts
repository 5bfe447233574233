import { randomUUID } from 'node:crypto';
import type { CertificateDependencies } from '../../certificates/use-cases/certificate-dependencies.ts';
import { ENV, requireEnv } from '../../platform/config/env.ts';
import { ENTITY, certificateIssuerLeaseKey } from '../../platform/keys/keys.ts';
import { once } from '../../platform/wiring/once.ts';
import { staffedSeasonCheck } from '../../catalogue/use-cases/staffed-season.ts';
import { cachedProgrammes, cachedSeasons } from '../dynamodb/cached-catalogue.ts';
import { documentClient } from '../dynamodb/document-client.ts';
import { dynamoDbCertificateHolders } from '../dynamodb/dynamodb-certificate-holders.ts';
import { DynamoDbCertificateStore } from '../dynamodb/dynamodb-certificate-store.ts';
import { DynamoDbIssuerKeys } from '../dynamodb/dynamodb-issuer-keys.ts';
import { dynamoDbLease } from '../dynamodb/dynamodb-lease.ts';
import { DynamoDbMailQueue } from '../dynamodb/dynamodb-mail-queue.ts';
import { dynamoDbFinalLetters } from '../dynamodb/dynamodb-final-letters.ts';
import { dynamoDbSequences } from '../dynamodb/dynamodb-sequences.ts';
import { DynamoDbStatusLists } from '../dynamodb/dynamodb-status-lists.ts';
import { certificateSignerFromEnv } from './certificate-signer-from-env.ts';
import { lazyCertificateRenderer } from './lazy-certificate-renderer.ts';

/**
 * The certificates capability's parts, from the deployment's environment: the table, the documents
 * bucket (PDFs, privately), the verification site's bucket and public URL, the signer. Used by the
 * issuer and the certificates routes alike; built once per container.
 */
export const certificateDependenciesFromEnv: () => CertificateDependencies = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const documentsBucket = requireEnv(ENV.documentsBucket);
  const verificationBucket = requireEnv(ENV.verificationBucket);
  const baseUrl = requireEnv(ENV.certificatesPublicUrl);
  // The S3 client and its adapters load at the first file written or link signed, in chunks of their
  // own: listing certificates or checking one never needs them, and the issuer's cold start stays small.
  const s3 = once(async () => {
    const [{ s3Client }, { S3CertificateFiles }, { S3VerificationSite }] = await Promise.all([
      import('../s3/s3-client.ts'),
      import('../s3/s3-certificate-files.ts'),
      import('../s3/s3-verification-site.ts'),
    ]);
    const storage = s3Client();
    return { files: new S3CertificateFiles(storage, documentsBucket), site: new S3VerificationSite(storage, verificationBucket, baseUrl) };
  });
  const clock = () => new Date();
  return {
    certificates: new DynamoDbCertificateStore(client, tableName),
    holders: dynamoDbCertificateHolders(client, tableName),
    sequences: dynamoDbSequences(client, tableName),
    signer: certificateSignerFromEnv(),
    issuerKeys: new DynamoDbIssuerKeys(client, tableName),
    statusLists: new DynamoDbStatusLists(client, tableName),
    site: { baseUrl, put: async (path, body, contentType) => (await s3()).site.put(path, body, contentType) },
    renderer: lazyCertificateRenderer(),
    files: {
      put: async (request) => (await s3()).files.put(request),
      exists: async (key) => (await s3()).files.exists(key),
      downloadUrl: async (request) => (await s3()).files.downloadUrl(request),
    },
    letters: dynamoDbFinalLetters(client, tableName),
    mailQueue: new DynamoDbMailQueue(client, tableName),
    lease: dynamoDbLease(client, tableName, certificateIssuerLeaseKey(), ENTITY.certificateIssuerLease),
    // The catalogue's staff scope through its per-container cache, as every capability checks it.
    staffedSeasons: staffedSeasonCheck({
      programmes: cachedProgrammes(client, tableName, clock),
      seasons: cachedSeasons(client, tableName, clock),
    }),
    clock,
    newId: randomUUID,
  };
});
