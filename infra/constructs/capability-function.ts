import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, type Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../../shared/platform/config/env.ts';
import { METRICS_NAMESPACE } from '../../shared/platform/observability/metrics.ts';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { UPLOAD_OBJECT_PREFIX, VERIFIED_OBJECT_PREFIX } from '../../shared/documents/domain/upload/object-key.ts';
import { SCORE_EXPORT_PART_PREFIX, SCORE_EXPORT_PREFIX } from '../../shared/reviews/domain/export/score-export-objects.ts';
import { RELEASE_EXPORT_PREFIX } from '../../shared/releases/domain/release-export-objects.ts';
import { CERTIFICATE_FILE_PREFIX } from '../../shared/certificates/domain/certificate-file-objects.ts';
import { PUBLISHED_PATHS } from '../../shared/certificates/domain/published-files.ts';
import { bundleLambda } from '../bundling/lambda-bundle.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledge } from '../nag/acknowledge.ts';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource.ts';
import type { ScheduleTarget } from '../schedules/index.ts';
import type { WorkflowCapability } from '../../shared/platform/workflow/state-machine-manifest.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export type DataAccess = 'RO' | 'RW';

/**
 * Every Lambda of cadre, each `functions/<name>/handler.ts`: the capabilities (HTTP routes, workflow
 * Tasks and the mail queue's drainer), the Cognito trigger that enrols self-signed-up applicants,
 * the token authorizer of the routes both user pools call (no route, no Task) and the webhooks'
 * event source on the table's stream.
 */
export type FunctionName = WorkflowCapability | ScheduleTarget | 'account-confirmation' | 'token-authorizer' | 'webhook-events';

/** The `service` dimension of a function's business metrics (Powertools reads it from POWERTOOLS_SERVICE_NAME). */
export const metricsServiceName = (name: FunctionName): string => `cadre-${name}`;

/** The concurrency the deployment reserves for a function, if any (deployments.ts `lambdaConcurrency`). */
export const reservedConcurrency = (deployment: Deployment, name: FunctionName): number | undefined =>
  (deployment.lambdaConcurrency.reserved as Readonly<Partial<Record<FunctionName, number>>>)[name];

export interface CapabilityFunctionProps {
  readonly capability: FunctionName;
  readonly deployment: Deployment;
  /** Receives events of asynchronous invocations that failed after Lambda's retries. */
  readonly deadLetterQueue: IQueue;
  readonly timeout: Duration;
  /** MB; 1024 unless the function says why it needs another size. */
  readonly memorySize?: number;
}

/** Prefixes of the verification site under which status lists, credentials and revocations are published. */
const VERIFICATION_SITE_PREFIXES = ['status/', 'credentials/'] as const;

/**
 * What the functions publish on the verification site (shared/certificates/domain/published-files.ts):
 * the issuer's keys by name, status lists and credentials (with their revocations) by prefix. Never
 * the verifier page under `verify/`, which only a deployment publishes.
 */
export const VERIFICATION_SITE_OBJECTS: readonly string[] = [
  ...PUBLISHED_PATHS.didDocuments,
  PUBLISHED_PATHS.jwks,
  ...VERIFICATION_SITE_PREFIXES.map((prefix) => `${prefix}*`),
];

/** The public certificate verification site as the functions that publish on it see it. */
export interface VerificationSiteTarget {
  readonly bucket: IBucket;
  /** `https://<domain>`, no trailing slash: the issuer's did:web and every verification URL. */
  readonly publicUrl: string;
}

/**
 * The house Lambda: the handler of one capability (`functions/<capability>/handler.ts`) on Node.js 24,
 * arm64, bundled by esbuild (minified, tree-shaken, code-split ESM with source maps: bundling/lambda-bundle.ts), X-Ray tracing, JSON logs in
 * a log group with the deployment's retention, and the concurrency the deployment reserves for it. Its
 * role starts with the right to write its own logs only; each `bind*` call sets the environment
 * variable and grants exactly the access it names.
 */
export class CapabilityFunction extends LambdaFunction {
  readonly capability: FunctionName;
  /** The function's own role (the same object as `role`, typed as always present). */
  readonly executionRole: Role;

  constructor(scope: Construct, id: string, props: CapabilityFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.deployment.logRetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An explicit role instead of AWSLambdaBasicExecutionRole, whose log rights cover every log group.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `cadre ${props.capability} function`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      code: functionCode(props.capability),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout,
      reservedConcurrentExecutions: reservedConcurrency(props.deployment, props.capability),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      // INFO everywhere: debug output is where personal data tends to leak into logs.
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      deadLetterQueue: props.deadLetterQueue,
      environment: {
        [ENV.stage]: props.deployment.stage,
        [ENV.personalDataRetentionDays]: String(props.deployment.personalDataRetentionDays),
        ...(props.deployment.dataReleaseValidityDays === undefined
          ? {}
          : { [ENV.dataReleaseValidityDays]: String(props.deployment.dataReleaseValidityDays) }),
        POWERTOOLS_SERVICE_NAME: metricsServiceName(props.capability),
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    this.capability = props.capability;
    this.executionRole = role;

    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords (active tracing) do not support resource-level permissions.',
    );
  }

  /**
   * Publishes business metrics (shared/platform/observability/metrics.ts) in cadre's namespace with the
   * deployment's name as a dimension. Enabled explicitly: POWERTOOLS_DEV, which someone may set to read
   * logs more easily, would otherwise switch metrics off unnoticed. The metrics are EMF lines in the
   * function's own log group, which CloudWatch turns into metrics: no extra permission.
   */
  bindMetrics(deploymentName: string): this {
    this.addEnvironment('POWERTOOLS_METRICS_NAMESPACE', METRICS_NAMESPACE);
    this.addEnvironment('POWERTOOLS_METRICS_DISABLED', 'false');
    this.addEnvironment(ENV.deploymentName, deploymentName);
    return this;
  }

  /** Table name in TABLE_NAME; read (RO) or read-write (RW) on the table and its indexes, nothing else. */
  bindTable(table: ITable, access: DataAccess): this {
    this.addEnvironment(ENV.tableName, table.tableName);
    const readActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
    const writeActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
    this.addToRolePolicy(
      new PolicyStatement({
        actions: access === 'RW' ? [...readActions, ...writeActions] : readActions,
        resources: [
          table.tableArn,
          ...TABLE_DEFINITION.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`),
        ],
      }),
    );
    if (table.encryptionKey !== undefined) {
      // The table's key, usable only through DynamoDB itself (kms:ViaService).
      this.addToRolePolicy(
        new PolicyStatement({
          actions: access === 'RW' ? ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
          resources: [table.encryptionKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com` } },
        }),
      );
    }
    return this;
  }

  /**
   * Bucket name in DOCUMENTS_BUCKET and GuardDuty's tags as the malware verdict (MALWARE_SCANNER).
   * Uploads (`uploads/`): RO reads objects (any version) and their scan tags; RW adds PutObject,
   * because a presigned POST uploads with the rights of whoever signed it, and deleting versions,
   * because in a versioned bucket that is what removes a rejected file. Verified copies
   * (`verified/`): RO reads them; RW may create them only as server-side copies of an upload
   * (PutObject on the condition of a copy source under `uploads/`, which no form carries), so no
   * form this role signs can write there, and may delete versions (a copy that lost the race
   * against a concurrent confirmation). Nothing else in the bucket.
   */
  bindDocuments(bucket: IBucket, access: DataAccess): this {
    this.addEnvironment(ENV.documentsBucket, bucket.bucketName);
    this.addEnvironment(ENV.malwareScanner, 'guardduty');
    const readActions = ['s3:GetObject', 's3:GetObjectVersion'];
    const deleteActions = ['s3:DeleteObject', 's3:DeleteObjectVersion'];
    const uploads = bucket.arnForObjects(`${UPLOAD_OBJECT_PREFIX}*`);
    const verified = bucket.arnForObjects(`${VERIFIED_OBJECT_PREFIX}*`);
    const uploadReads = [...readActions, 's3:GetObjectTagging', 's3:GetObjectVersionTagging'];
    this.addToRolePolicy(
      new PolicyStatement({
        actions: access === 'RW' ? [...uploadReads, 's3:PutObject', ...deleteActions] : uploadReads,
        resources: [uploads],
      }),
    );
    this.addToRolePolicy(
      new PolicyStatement({ actions: access === 'RW' ? [...readActions, ...deleteActions] : readActions, resources: [verified] }),
    );
    if (access === 'RW') {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: ['s3:PutObject'],
          resources: [verified],
          conditions: { StringLike: { 's3:x-amz-copy-source': `${bucket.bucketName}/${UPLOAD_OBJECT_PREFIX}*` } },
        }),
      );
    }
    // Uploads signed by this role and copies encrypt with the bucket key.
    this.#bindDocumentsKey(bucket, access);
    acknowledgeWildcardResource(
      this.executionRole,
      uploads,
      'Uploads are created at run time with application and document ids in their keys; access is limited to the uploads/ prefix of the documents bucket.',
    );
    acknowledgeWildcardResource(
      this.executionRole,
      verified,
      'Verified copies are created at run time with application, document and copy ids in their keys; access is limited to the verified/ prefix, and writes there to copies of uploads.',
    );
    return this;
  }

  /**
   * Score exports in the documents bucket (name in DOCUMENTS_BUCKET), and nothing else of it. RO
   * reads the files (`exports/score-exports/`), which is what signing a download link for them
   * needs; RW also writes the part objects (`exports/score-export-parts/`), reads them back, and
   * writes the file as a multipart upload (PutObject covers creating, uploading parts and completing).
   */
  bindExports(bucket: IBucket, access: DataAccess): this {
    this.addEnvironment(ENV.documentsBucket, bucket.bucketName);
    const files = bucket.arnForObjects(`${SCORE_EXPORT_PREFIX}*`);
    const parts = bucket.arnForObjects(`${SCORE_EXPORT_PART_PREFIX}*`);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: access === 'RW' ? ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'] : ['s3:GetObject'],
        resources: [files],
      }),
    );
    if (access === 'RW') this.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [parts] }));
    this.#bindDocumentsKey(bucket, access);
    acknowledgeWildcardResource(
      this.executionRole,
      files,
      'Export files are created at run time with season and export ids in their keys; access is limited to the exports/score-exports/ prefix.',
    );
    if (access === 'RW') {
      acknowledgeWildcardResource(
        this.executionRole,
        parts,
        'Part objects are created at run time with export ids in their keys; access is limited to the exports/score-export-parts/ prefix.',
      );
    }
    return this;
  }

  /**
   * Push exports of finalists' released data in the documents bucket (name in DOCUMENTS_BUCKET), the
   * `exports/release-exports/` prefix and nothing else of it: RW writes the files and reads them (to
   * sign the short-lived GET a mailed link redirects to); RO only reads them.
   */
  bindReleaseExports(bucket: IBucket, access: DataAccess): this {
    return this.#bindDocumentsPrefix(
      bucket,
      access,
      RELEASE_EXPORT_PREFIX,
      'Release export files are created at run time with organisation and export ids in their keys; access is limited to the exports/release-exports/ prefix.',
    );
  }

  /**
   * Certificate PDFs in the documents bucket (name in DOCUMENTS_BUCKET), the `certificates/` prefix
   * and nothing else of it: RW writes them and reads them (a presigned download link is a GET with
   * the signer's rights); RO only reads them, to sign such links.
   */
  bindCertificateFiles(bucket: IBucket, access: DataAccess): this {
    return this.#bindDocumentsPrefix(
      bucket,
      access,
      CERTIFICATE_FILE_PREFIX,
      'Certificate PDFs are created at run time with certificate ids in their keys; access is limited to the certificates/ prefix of the documents bucket.',
    );
  }

  /**
   * One prefix of the documents bucket (name in DOCUMENTS_BUCKET) and nothing else of it: RW writes
   * and reads its objects, RO only reads them (to sign short-lived download links); the bucket's key
   * only through S3.
   */
  #bindDocumentsPrefix(bucket: IBucket, access: DataAccess, prefix: string, why: string): this {
    this.addEnvironment(ENV.documentsBucket, bucket.bucketName);
    const files = bucket.arnForObjects(`${prefix}*`);
    this.addToRolePolicy(
      new PolicyStatement({ actions: access === 'RW' ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject'], resources: [files] }),
    );
    this.#bindDocumentsKey(bucket, access);
    acknowledgeWildcardResource(this.executionRole, files, why);
    return this;
  }

  /** The documents bucket's KMS key, if it has one, used only through S3: decrypt to read, also generate data keys to write. */
  #bindDocumentsKey(bucket: IBucket, access: DataAccess): void {
    if (bucket.encryptionKey !== undefined) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: access === 'RW' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
          resources: [bucket.encryptionKey.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` } },
        }),
      );
    }
  }

  /**
   * The verification site's bucket in VERIFICATION_BUCKET and its public URL in CERTIFICATES_PUBLIC_URL;
   * may write exactly what the issuer publishes there (VERIFICATION_SITE_OBJECTS) and nothing else:
   * not the verifier page, no reads, no deletes (a published credential stays), no bucket settings.
   * The bucket is SSE-S3, so no key grant.
   */
  bindVerificationSite(site: VerificationSiteTarget): this {
    this.addEnvironment(ENV.verificationBucket, site.bucket.bucketName);
    this.addEnvironment(ENV.certificatesPublicUrl, site.publicUrl);
    const objects = VERIFICATION_SITE_OBJECTS.map((pattern) => site.bucket.arnForObjects(pattern));
    this.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: objects }));
    for (const prefix of VERIFICATION_SITE_PREFIXES) {
      acknowledgeWildcardResource(
        this.executionRole,
        site.bucket.arnForObjects(`${prefix}*`),
        `Published ${prefix} files are named by certificate or status list ids made at run time; the grant is PutObject under that prefix of the verification site only.`,
      );
    }
    return this;
  }

  /**
   * Signs credentials with the asymmetric KMS key (CERTIFICATE_SIGNER=kms, its ARN in
   * CERTIFICATE_SIGNING_KEY): kms:Sign and kms:GetPublicKey on that one key. The private key never
   * leaves KMS; the public half is what the issuer publishes in did.json and jwks.json.
   */
  bindCredentialSigning(key: IKey): this {
    this.addEnvironment(ENV.certificateSigner, 'kms');
    this.addEnvironment(ENV.certificateSigningKey, key.keyArn);
    this.addToRolePolicy(new PolicyStatement({ actions: ['kms:Sign', 'kms:GetPublicKey'], resources: [key.keyArn] }));
    return this;
  }

  /** Sender in MAIL_FROM; may send mail from that address (SES identity of the address or its domain). */
  bindMail(senderAddress: string): this {
    this.addEnvironment(ENV.mailFrom, senderAddress);
    const stack = Stack.of(this);
    const domain = senderAddress.slice(senderAddress.indexOf('@') + 1);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [senderAddress, domain].map((identity) =>
          stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
        ),
      }),
    );
    return this;
  }
}

/**
 * The function's code, built by esbuild in this process when CDK bundles (no Docker: the image is
 * never pulled because local bundling always succeeds). The asset is hashed from the output, so
 * a change anywhere in shared code or the lockfile deploys, and nothing else does.
 */
const functionCode = (capability: FunctionName): Code => {
  const folder = `${repoRoot}functions/${capability}`;
  return Code.fromAsset(folder, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('cadre-bundles-locally-with-esbuild'),
      local: {
        tryBundle: (outputDir) => {
          bundleLambda(`${folder}/handler.ts`, outputDir, { sourceMap: true });
          return true;
        },
      },
    },
  });
};
