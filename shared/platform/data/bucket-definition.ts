import type { CORSRule } from '@aws-sdk/client-s3';

/**
 * The documents bucket, described once. The CDK data stack builds the bucket from this and the local
 * cloud applies the same CORS rules to s3rver (test/infra proves the synthesized bucket matches).
 * Browsers upload straight to S3 with a presigned POST (the only upload that can bound the size) and
 * download through presigned GET URLs, so those are the only cross-origin methods allowed.
 */
export const documentsCorsRules = (allowedOrigins: readonly string[]): CORSRule[] => [
  {
    AllowedMethods: ['GET', 'HEAD', 'POST'],
    AllowedOrigins: [...allowedOrigins],
    // A presigned POST is a multipart form: the policy, signature and file travel as form fields.
    AllowedHeaders: ['content-type'],
    // The client reads the ETag of what it uploaded to confirm it before asking the API to verify it.
    ExposeHeaders: ['ETag'],
    MaxAgeSeconds: 3600,
  },
];

export const DOCUMENTS_LIFECYCLE = {
  /** An abandoned multipart upload keeps its parts (and their cost) until aborted. */
  abortIncompleteMultipartUploadAfterDays: 1,
  /**
   * Overwritten or deleted documents stay recoverable this long (versioning guards against a bad
   * overwrite), then go for good, so an erasure request completes within this bound.
   */
  noncurrentVersionExpirationDays: 30,
  /**
   * Uploads expire this long after they land, confirmed or not: a form lives 15 minutes and
   * confirmation follows the upload at once, copying a verified file out to where nothing expires
   * it, so the rest is abandoned or abusive uploads, which this bounds. The upload prefix is the
   * documents module's (`UPLOAD_OBJECT_PREFIX`); the CDK bucket applies it there.
   */
  uploadExpirationDays: 2,
  /** A version an expiry or a re-posted form left behind under the upload prefix goes this much later. */
  expiredUploadVersionDays: 1,
} as const;
