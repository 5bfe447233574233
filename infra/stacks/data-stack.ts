import { Aws, Duration, NestedStack, RemovalPolicy, type NestedStackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Alias, Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { Deployment } from '../deployments.ts';
import { createCadreTable } from '../constructs/cadre-table.ts';
import { createAccessLogsBucket, createDocumentsBucket } from '../constructs/documents-bucket.ts';
import { DocumentsMalwareProtection } from '../constructs/documents-malware-protection.ts';
import { VerificationSite } from '../constructs/verification-site.ts';
import { acknowledge } from '../nag/acknowledge.ts';

export interface DataStackProps extends NestedStackProps {
  readonly deployment: Deployment;
}

/**
 * Everything that must outlive a redeploy: the table, the documents bucket, the key that encrypts
 * both, the key that signs certificates, the certificate verification site, and the dead-letter
 * queue of failed asynchronous invocations. The other parts of the deployment only reference these,
 * so they can be torn down and rebuilt without touching data; the table, buckets and keys are
 * retained even when the deployment's stack is deleted. The verification site's distribution lives
 * here with its bucket because the bucket's one policy names the distribution (Origin Access Control).
 */
export class DataStack extends NestedStack {
  readonly dataKey: Key;
  readonly table: Table;
  readonly documents: Bucket;
  /** Signs certificates' credentials (ES256); the issuer publishes its public half. */
  readonly credentialSigningKey: Key;
  readonly verificationSite: VerificationSite;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    this.dataKey = new Key(this, 'DataKey', {
      description: `cadre ${props.deployment.stage} data (table and documents)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table = createCadreTable(this, 'Table', this.dataKey);
    // Named for the documents bucket, its first user: the id keeps the retained bucket's logical id.
    const accessLogs = createAccessLogsBucket(this, 'DocumentsAccessLogs', props.deployment);
    this.documents = createDocumentsBucket(this, 'Documents', this.dataKey, props.deployment, accessLogs);
    // A document counts only once GuardDuty has tagged it clean (shared/adapters/guardduty).
    new DocumentsMalwareProtection(this, 'DocumentsMalwareProtection', this.documents);

    // Asymmetric KMS keys have no automatic rotation: rotating is a new key here (the issuer publishes
    // every key it ever signed with, so certificates signed by the old one still verify). Retained, so
    // neither a deleted stack nor a replacement by mistake destroys a key certificates were signed with.
    this.credentialSigningKey = new Key(this, 'CredentialSigningKey', {
      description: `cadre ${props.deployment.stage} certificate credentials (ES256 signatures)`,
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // For ops' eyes (console, CLI); the functions get the key's ARN. Named after this stack, so per deployment.
    new Alias(this, 'CredentialSigningKeyAlias', {
      aliasName: `alias/${Aws.STACK_NAME}-credential-signing`,
      targetKey: this.credentialSigningKey,
    });
    this.verificationSite = new VerificationSite(this, 'VerificationSite', { deployment: props.deployment, accessLogs });

    // Shared by every function; lives here because both the workflow and the functions stack use it.
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue of the Lambda functions; ops redrive or inspect it.',
    );
  }
}
