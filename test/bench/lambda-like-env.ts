import { ENV } from '../../shared/platform/config/env.ts';
import { STATE_MACHINES } from '../../shared/platform/workflow/state-machine-manifest.ts';

const REGION = 'eu-central-1';
const ACCOUNT = '123456789012';

/**
 * The whole environment of a cold-import process: what Lambda and CDK set for a cadre function
 * (infra/constructs/capability-function.ts and its bind* calls), with dummy values. The functions
 * read TABLE_NAME, DOCUMENTS_BUCKET, MAIL_FROM and the rest at import and throw without them;
 * their values are never used to reach anything, because importing sends no request.
 *
 * Built from nothing rather than copied from this process: the bench's own process has the local
 * cloud's endpoints and VALIDATE_RESPONSES (infra/local/environment.ts) and whatever NODE_OPTIONS
 * or NODE_COMPILE_CACHE the shell has, any of which would make the import unlike Lambda's. The
 * endpoint variables stay unset, as in AWS. Every bundle, floor included, gets the same values.
 */
export const lambdaLikeEnv = (): Record<string, string> => ({
  // What the Lambda runtime sets (the subset a library might read at import).
  AWS_REGION: REGION,
  AWS_DEFAULT_REGION: REGION,
  AWS_ACCESS_KEY_ID: 'AKIABENCHCOLDIMPORT0',
  AWS_SECRET_ACCESS_KEY: 'bench-cold-import-dummy-secret',
  AWS_SESSION_TOKEN: 'bench-cold-import-dummy-token',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_FUNCTION_NAME: 'cadre-bench-cold-import',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_LOG_FORMAT: 'JSON',
  AWS_LAMBDA_LOG_LEVEL: 'INFO',
  LAMBDA_TASK_ROOT: '/var/task',
  TZ: ':UTC',
  // What CDK sets (the constructor, then bindTable, bindDocuments, bindMail and the machines' ARNs).
  [ENV.stage]: 'bench',
  [ENV.personalDataRetentionDays]: '90',
  POWERTOOLS_SERVICE_NAME: 'cadre-bench',
  [ENV.tableName]: 'cadre-bench',
  [ENV.documentsBucket]: 'cadre-bench-documents',
  [ENV.malwareScanner]: 'guardduty',
  [ENV.mailFrom]: 'cadre@example.org',
  // bindVerificationSite and bindCredentialSigning (the certificates and the issuer).
  [ENV.verificationBucket]: 'cadre-bench-verification',
  [ENV.certificatesPublicUrl]: 'https://verify.cadre.example',
  [ENV.certificateSigner]: 'kms',
  [ENV.certificateSigningKey]: `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000000`,
  [ENV.mailSendRatePerSecond]: '1',
  // The token authorizer's two pools (bindUserPools in CDK).
  [ENV.userPoolIssuer.applicants]: `https://cognito-idp.${REGION}.amazonaws.com/${REGION}_benchAppl`,
  [ENV.userPoolIssuer.workforce]: `https://cognito-idp.${REGION}.amazonaws.com/${REGION}_benchWork`,
  [ENV.userPoolClientId.applicants]: 'benchapplicantsclient',
  [ENV.userPoolClientId.workforce]: 'benchworkforceclient',
  ...Object.fromEntries(
    STATE_MACHINES.map((machine) => [machine.arnEnvVar, `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:cadre-bench-${machine.name}`]),
  ),
});
