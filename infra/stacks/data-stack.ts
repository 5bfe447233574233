import { Duration, NestedStack, RemovalPolicy, type NestedStackProps } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { Deployment } from '../deployments.ts';
import { createCadreTable } from '../constructs/cadre-table.ts';
import { createDocumentsBucket } from '../constructs/documents-bucket.ts';
import { DocumentsMalwareProtection } from '../constructs/documents-malware-protection.ts';
import { acknowledge } from '../nag/acknowledge.ts';

export interface DataStackProps extends NestedStackProps {
  readonly deployment: Deployment;
}

/**
 * Everything that must outlive a redeploy: the table, the documents bucket, the key that encrypts
 * both, and the dead-letter queue of failed asynchronous invocations. The other parts of the
 * deployment only reference these, so they can be torn down and rebuilt without touching data; the
 * table, bucket and key are retained even when the deployment's stack is deleted.
 */
export class DataStack extends NestedStack {
  readonly dataKey: Key;
  readonly table: Table;
  readonly documents: Bucket;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);

    this.dataKey = new Key(this, 'DataKey', {
      description: `cadre ${props.deployment.stage} data (table and documents)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table = createCadreTable(this, 'Table', this.dataKey);
    this.documents = createDocumentsBucket(this, 'Documents', this.dataKey, props.deployment);
    // A document counts only once GuardDuty has tagged it clean (shared/adapters/guardduty).
    new DocumentsMalwareProtection(this, 'DocumentsMalwareProtection', this.documents);

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
