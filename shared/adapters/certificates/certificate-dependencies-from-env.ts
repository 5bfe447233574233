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
import { dynamoDbSequences } from '../dynamodb/dynamodb-sequences.ts';
import { DynamoDbStatusLists } from '../dynamodb/dynamodb-status-lists.ts';
import { S3CertificateFiles } from '../s3/s3-certificate-files.ts';
import { s3Client } from '../s3/s3-client.ts';
import { S3VerificationSite } from '../s3/s3-verification-site.ts';
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
  const s3 = once(() => s3Client());
  const documentsBucket = requireEnv(ENV.documentsBucket);
  const verificationBucket = requireEnv(ENV.verificationBucket);
  const clock = () => new Date();
  const files = once(() => new S3CertificateFiles(s3(), documentsBucket));
  const site = once(() => new S3VerificationSite(s3(), verificationBucket, requireEnv(ENV.certificatesPublicUrl)));
  return {
    certificates: new DynamoDbCertificateStore(client, tableName),
    holders: dynamoDbCertificateHolders(client, tableName),
    sequences: dynamoDbSequences(client, tableName),
    signer: certificateSignerFromEnv(),
    issuerKeys: new DynamoDbIssuerKeys(client, tableName),
    statusLists: new DynamoDbStatusLists(client, tableName),
    site: {
      get baseUrl() {
        return site().baseUrl;
      },
      put: (path, body, contentType) => site().put(path, body, contentType),
    },
    renderer: lazyCertificateRenderer(),
    files: { put: (request) => files().put(request), downloadUrl: (request) => files().downloadUrl(request) },
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
