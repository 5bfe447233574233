/**
 * Environment read in one place, failing loudly. Endpoints are optional: unset means the
 * AWS default; set means a local or in-country DynamoDB/S3/SES-compatible service (152-FZ).
 */
export const requireEnv = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`Environment variable ${name} is required but not set`);
  }
  return value;
};

export const optionalEnv = (name: string): string | undefined => {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
};

/** Names of every environment variable the functions read; CDK and the local cloud set them from here. */
export const ENV = {
  tableName: 'TABLE_NAME',
  documentsBucket: 'DOCUMENTS_BUCKET',
  mailFrom: 'MAIL_FROM',
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  s3Endpoint: 'S3_ENDPOINT',
  sesEndpoint: 'SES_ENDPOINT',
  sfnEndpoint: 'SFN_ENDPOINT',
  stage: 'STAGE',
  /** `guardduty` in AWS (GuardDuty Malware Protection tags); `stand-in` only in the local cloud (EICAR check). */
  malwareScanner: 'MALWARE_SCANNER',
  /** Days after a season closes that applicants' personal data is kept before erasure (TTL). */
  personalDataRetentionDays: 'PERSONAL_DATA_RETENTION_DAYS',
  /** The mail queue's drainer sends at most this many mails in any second (the deployment's SES rate). */
  mailSendRatePerSecond: 'MAIL_SEND_RATE_PER_SECOND',
  /** Optional: days a partner may read a finalist's released data (at most and by default 365). */
  dataReleaseValidityDays: 'DATA_RELEASE_VALIDITY_DAYS',
  /** Optional: applications per page of a cohort gate (default 100); a test of `npm start` sets a small one. */
  gatePageSize: 'GATE_PAGE_SIZE',
  /** Applications per page of a new review assignment run (200, the most, when unset); tests set a small one. */
  reviewAssignmentPageSize: 'REVIEW_ASSIGNMENT_PAGE_SIZE',
  /** Applications (and offers) per input page of an internship matching run (200, the most, when unset); tests set a small one. */
  matchingPageSize: 'INTERNSHIP_MATCHING_PAGE_SIZE',
  /** The public bucket of the certificate verification site (CloudFront in AWS, the local S3 locally). */
  verificationBucket: 'VERIFICATION_BUCKET',
  /** The verification site's public base URL, no trailing slash: the issuer's did:web and every certificate's verification URL. */
  certificatesPublicUrl: 'CERTIFICATES_PUBLIC_URL',
  /** `kms` in AWS (an asymmetric ECC_NIST_P256 key signs); `key-file` only in the local cloud (a PKCS#8 file). */
  certificateSigner: 'CERTIFICATE_SIGNER',
  /** The KMS key's ARN (signer `kms`) or the key file's path (signer `key-file`). */
  certificateSigningKey: 'CERTIFICATE_SIGNING_KEY',
  /** Each user pool's token issuer, `https://cognito-idp.<region>.amazonaws.com/<poolId>` (the token authorizer). */
  userPoolIssuer: { applicants: 'APPLICANTS_POOL_ISSUER', workforce: 'WORKFORCE_POOL_ISSUER' },
  /** Each user pool's app client id, the `aud` of its ID tokens (the token authorizer). */
  userPoolClientId: { applicants: 'APPLICANTS_POOL_CLIENT_ID', workforce: 'WORKFORCE_POOL_CLIENT_ID' },
  /** The applicants' Cognito user pool id, whose accounts the eraser deletes; unset in the local cloud, whose issuer keeps no users. */
  applicantsPoolId: 'APPLICANTS_POOL_ID',
  /** The deployment's name (deployments.ts), the `deployment` dimension of every business metric. */
  deploymentName: 'DEPLOYMENT_NAME',
  /** `true` only in the local cloud and tests: webhook endpoints on 127.0.0.1 over plain http. Never set in a deployment. */
  webhookAllowLoopback: 'WEBHOOK_ALLOW_LOOPBACK',
} as const;

/** An optional whole-number setting: unset is undefined, anything but a positive whole number fails loudly. */
export const optionalPositiveIntEnv = (name: string): number | undefined => {
  const text = optionalEnv(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`Environment variable ${name} must be a positive whole number, got "${text}"`);
  return value;
};
