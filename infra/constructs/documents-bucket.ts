import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type CorsRule, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { CORSRule } from '@aws-sdk/client-s3';
import type { Construct } from 'constructs';
import { DOCUMENTS_LIFECYCLE, documentsCorsRules } from '../../shared/platform/data/bucket-definition.ts';
import { UPLOAD_OBJECT_PREFIX } from '../../shared/documents/domain/upload/object-key.ts';
import {
  SCORE_EXPORT_DAYS,
  SCORE_EXPORT_PART_DAYS,
  SCORE_EXPORT_PART_PREFIX,
  SCORE_EXPORT_PREFIX,
} from '../../shared/reviews/domain/export/score-export-objects.ts';
import { RELEASE_EXPORT_FILE_DAYS, RELEASE_EXPORT_PREFIX } from '../../shared/releases/domain/release-export-objects.ts';
import type { Deployment } from '../deployments.ts';

const httpMethod = (method: string): HttpMethods => {
  const known = Object.values(HttpMethods).find((candidate) => candidate === method);
  if (known === undefined) {
    throw new Error(`Unsupported CORS method ${method} in shared/platform/data/bucket-definition.ts`);
  }
  return known;
};

const toCdkCorsRule = (rule: CORSRule): CorsRule => ({
  allowedMethods: (rule.AllowedMethods ?? []).map(httpMethod),
  allowedOrigins: rule.AllowedOrigins ?? [],
  allowedHeaders: rule.AllowedHeaders,
  exposedHeaders: rule.ExposeHeaders,
  maxAge: rule.MaxAgeSeconds,
});

/** What every bucket of cadre is: no public access of any kind, no ACLs, TLS 1.2 or later only. */
export const privateBucketDefaults = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
} as const;

/** S3 server access logs can only be delivered to an SSE-S3 bucket; entries expire with the deployment's log retention. */
export const createAccessLogsBucket = (scope: Construct, id: string, deployment: Deployment): Bucket =>
  // cdk-nag accepts it without access logs of its own: it is a log destination.
  new Bucket(scope, id, {
    ...privateBucketDefaults,
    encryption: BucketEncryption.S3_MANAGED,
    lifecycleRules: [{ expiration: Duration.days(deployment.logRetentionDays) }],
    removalPolicy: RemovalPolicy.RETAIN,
  });

/**
 * Résumés, summary sheets, video self-presentations, exports and certificates: private, encrypted with
 * the data key, TLS only, uploaded by presigned POST from the deployment's web origins
 * (shared/platform/data/bucket-definition.ts) under the upload prefix, where unconfirmed uploads
 * expire. Requests are recorded in the access-log bucket under `documents/`.
 */
export const createDocumentsBucket = (
  scope: Construct,
  id: string,
  encryptionKey: IKey,
  deployment: Deployment,
  accessLogs: IBucket,
): Bucket =>
  new Bucket(scope, id, {
    ...privateBucketDefaults,
    encryption: BucketEncryption.KMS,
    encryptionKey,
    // One data key per bucket and hour instead of a KMS call per object.
    bucketKeyEnabled: true,
    versioned: true,
    cors: documentsCorsRules(deployment.allowedOrigins).map(toCdkCorsRule),
    lifecycleRules: [
      { abortIncompleteMultipartUploadAfter: Duration.days(DOCUMENTS_LIFECYCLE.abortIncompleteMultipartUploadAfterDays) },
      { noncurrentVersionExpiration: Duration.days(DOCUMENTS_LIFECYCLE.noncurrentVersionExpirationDays) },
      // Uploads never confirmed (and uploads already copied out as verified documents) go by
      // themselves; verified copies live under another prefix that no rule expires.
      {
        prefix: UPLOAD_OBJECT_PREFIX,
        expiration: Duration.days(DOCUMENTS_LIFECYCLE.uploadExpirationDays),
        noncurrentVersionExpiration: Duration.days(DOCUMENTS_LIFECYCLE.expiredUploadVersionDays),
      },
      // S3 refuses this in the rule above (it has an expiration); it clears the delete markers left behind.
      { prefix: UPLOAD_OBJECT_PREFIX, expiredObjectDeleteMarker: true },
      // Score exports hold every score of a season: kept only as long as staff need to download them.
      {
        prefix: SCORE_EXPORT_PREFIX,
        expiration: Duration.days(SCORE_EXPORT_DAYS),
        noncurrentVersionExpiration: Duration.days(1),
      },
      {
        prefix: SCORE_EXPORT_PART_PREFIX,
        expiration: Duration.days(SCORE_EXPORT_PART_DAYS),
        noncurrentVersionExpiration: Duration.days(1),
      },
      // Push exports of finalists' released data: gone a day after their mailed link stops opening them.
      {
        prefix: RELEASE_EXPORT_PREFIX,
        expiration: Duration.days(RELEASE_EXPORT_FILE_DAYS),
        noncurrentVersionExpiration: Duration.days(1),
      },
    ],
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: 'documents/',
    removalPolicy: RemovalPolicy.RETAIN,
  });
