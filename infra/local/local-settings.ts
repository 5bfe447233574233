/**
 * Fixed facts of the local cloud: the account, region and credentials every local service and
 * every function sees, and the names of the resources created in it.
 */
export const LOCAL_ACCOUNT_ID = '000000000000';
export const LOCAL_REGION = 'eu-central-1';
export const LOCAL_STAGE = 'local';

/**
 * s3rver only accepts requests signed with the access key `S3RVER` (secret `S3RVER`), and the local
 * S3 checks upload forms' signatures with it; DynamoDB Local, the SES server and the Step Functions
 * server accept any key, so this one pair serves all.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** Local web clients run on any localhost port, so the local bucket accepts every origin. */
export const LOCAL_ALLOWED_ORIGINS: readonly string[] = ['*'];

export const LOCAL_RESOURCE_NAMES = {
  table: 'cadre-local',
  documentsBucket: 'cadre-local-documents',
  /** The certificate verification site: read by anyone, as CloudFront serves it in AWS. */
  verificationBucket: 'cadre-local-verification',
  mailFrom: 'cadre@cadre.local',
} as const;

/** The prefix of every local physical name (Lambda functions, state machines). */
export const localName = (logicalName: string): string => `cadre-${LOCAL_STAGE}-${logicalName}`;
