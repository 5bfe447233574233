import { ENV } from '../../shared/platform/config/env.ts';
import { STATE_MACHINES } from '../../shared/platform/workflow/state-machine-manifest.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_RESOURCE_NAMES, LOCAL_STAGE } from './local-settings.ts';
import { stateMachineArn } from './step-functions/arns.ts';
import { localStateMachineName } from './step-functions/manifest-state-machines.ts';

export interface LocalEndpoints {
  readonly dynamodb: string;
  readonly s3: string;
  readonly ses: string;
  readonly sfn: string;
}

/**
 * The environment every function reads (shared/platform/config/env.ts names, each state machine's ARN
 * variable from the workflow manifest), pointed at the local services. The SDK reads region and
 * credentials from the same environment, so no code path needs to know it runs locally.
 */
export const localEnvironment = (endpoints: LocalEndpoints, certificateKeyFile: string): Record<string, string> => ({
  [ENV.tableName]: LOCAL_RESOURCE_NAMES.table,
  [ENV.documentsBucket]: LOCAL_RESOURCE_NAMES.documentsBucket,
  [ENV.mailFrom]: LOCAL_RESOURCE_NAMES.mailFrom,
  [ENV.dynamodbEndpoint]: endpoints.dynamodb,
  [ENV.s3Endpoint]: endpoints.s3,
  [ENV.sesEndpoint]: endpoints.ses,
  [ENV.sfnEndpoint]: endpoints.sfn,
  [ENV.stage]: LOCAL_STAGE,
  // No GuardDuty locally: the documents capability uses its EICAR stand-in scanner (see its file).
  [ENV.malwareScanner]: 'stand-in',
  // The dev deployment's retention: long enough for a demo season, short enough to notice erasure.
  [ENV.personalDataRetentionDays]: '90',
  // Faster than the dev deployment's SES sandbox (1/s), which the local mailbox does not have, so a
  // demo gate's mails arrive while one watches; still paced, so the limiter runs locally too.
  [ENV.mailSendRatePerSecond]: '10',
  // The verification site is the local S3's bucket itself, read path-style by anyone (CloudFront in AWS).
  [ENV.verificationBucket]: LOCAL_RESOURCE_NAMES.verificationBucket,
  [ENV.certificatesPublicUrl]: `${endpoints.s3}/${LOCAL_RESOURCE_NAMES.verificationBucket}`,
  // No KMS locally: credentials are signed with a key file the local cloud keeps beside its data.
  [ENV.certificateSigner]: 'key-file',
  [ENV.certificateSigningKey]: certificateKeyFile,
  ...Object.fromEntries(
    STATE_MACHINES.map((machine) => [machine.arnEnvVar, stateMachineArn(LOCAL_REGION, localStateMachineName(machine))]),
  ),
  [ENV.deploymentName]: 'local',
  // The local cloud's and the tests' webhook receivers listen on 127.0.0.1 over plain http.
  [ENV.webhookAllowLoopback]: 'true',
  // Business metrics are EMF documents on stdout, which no one collects locally: they would only bury the logs.
  POWERTOOLS_METRICS_DISABLED: 'true',
  // Locally every response is checked against its route's schema, so a drifting handler fails loudly.
  VALIDATE_RESPONSES: 'true',
  AWS_REGION: LOCAL_REGION,
  AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
});
