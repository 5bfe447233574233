import assert from 'node:assert/strict';
import { SCORE_EXPORT_DAYS, SCORE_EXPORT_PART_DAYS } from '../../shared/reviews/domain/export/score-export-objects.ts';
import { RELEASE_EXPORT_FILE_DAYS } from '../../shared/releases/domain/release-export-objects.ts';
import { describe, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { DOCUMENTS_LIFECYCLE } from '../../shared/platform/data/bucket-definition.ts';
import { onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const { templates } = synthDeployment('dev-eu-central-1');
const data = templates.data;

describe('data stack: the table', () => {
  const table = onlyResource(data, 'AWS::DynamoDB::Table') as {
    Properties: Record<string, unknown>;
    DeletionPolicy?: string;
    UpdateReplacePolicy?: string;
  };

  it('is retained when the stack goes and protected from deletion', () => {
    assert.equal(table.DeletionPolicy, 'Retain');
    assert.equal(table.UpdateReplacePolicy, 'Retain');
    assert.equal(table.Properties.DeletionProtectionEnabled, true);
  });

  it('has point-in-time recovery and on-demand billing', () => {
    assert.deepEqual(table.Properties.PointInTimeRecoverySpecification, { PointInTimeRecoveryEnabled: true });
    assert.equal(table.Properties.BillingMode, 'PAY_PER_REQUEST');
  });

  it('is encrypted with the rotating customer-managed data key', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.objectLike({ 'Fn::GetAtt': Match.anyValue() }) },
    });
    data.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it(`expires items by TTL on ${TABLE_DEFINITION.timeToLiveAttribute}`, () => {
    assert.deepEqual(table.Properties.TimeToLiveSpecification, {
      AttributeName: TABLE_DEFINITION.timeToLiveAttribute,
      Enabled: true,
    });
  });

  for (const index of TABLE_DEFINITION.globalSecondaryIndexes) {
    it(`has index ${index.indexName} on ${index.partitionKey.name}/${index.sortKey.name} projecting all attributes`, () => {
      data.hasResourceProperties('AWS::DynamoDB::Table', {
        GlobalSecondaryIndexes: Match.arrayWith([
          {
            IndexName: index.indexName,
            KeySchema: [
              { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
              { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ]),
      });
    });
  }
});

describe('data stack: the documents bucket', () => {
  const buckets = resourcesOfType(data, 'AWS::S3::Bucket');
  const [documentsId, documents] = Object.entries(buckets).find(([, bucket]) => bucket.Properties?.CorsConfiguration !== undefined) ?? [];

  it('exists with CORS for presigned POST from the deployment origins only', () => {
    assert.ok(documents !== undefined, 'a bucket with CORS: the documents bucket');
    assert.ok(documentsId !== undefined, 'the documents bucket has a logical id');
    assert.deepEqual(documents.Properties?.CorsConfiguration, {
      CorsRules: [
        {
          AllowedMethods: ['GET', 'HEAD', 'POST'],
          AllowedOrigins: ['https://dev.cadre.example'],
          AllowedHeaders: ['content-type'],
          ExposedHeaders: ['ETag'],
          MaxAge: 3600,
        },
      ],
    });
  });

  it('blocks every kind of public access and disables ACLs, like every bucket here', () => {
    for (const bucket of Object.values(buckets)) {
      assert.deepEqual(bucket.Properties?.PublicAccessBlockConfiguration, {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      assert.deepEqual(bucket.Properties?.OwnershipControls, { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    }
  });

  it('is encrypted with the data key (bucket key on)', () => {
    const [dataKeyId] = Object.entries(resourcesOfType(data, 'AWS::KMS::Key'))
      .filter(([, key]) => key.Properties?.['KeySpec'] === undefined)
      .map(([id]) => id);
    assert.deepEqual(documents?.Properties?.BucketEncryption, {
      ServerSideEncryptionConfiguration: [
        {
          BucketKeyEnabled: true,
          ServerSideEncryptionByDefault: {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: { 'Fn::GetAtt': [dataKeyId, 'Arn'] },
          },
        },
      ],
    });
  });

  it('denies every request without TLS (and below TLS 1.2) on every bucket', () => {
    const policies = Object.values(resourcesOfType(data, 'AWS::S3::BucketPolicy'));
    assert.equal(policies.length, Object.keys(buckets).length);
    for (const bucketId of Object.keys(buckets)) {
      data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
          ]),
        },
      });
    }
  });

  it('aborts incomplete multipart uploads, expires old versions, uploads, score and release exports, and never expires verified copies', () => {
    assert.deepEqual(documents?.Properties?.VersioningConfiguration, { Status: 'Enabled' });
    assert.deepEqual(documents?.Properties?.LifecycleConfiguration, {
      Rules: [
        {
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: DOCUMENTS_LIFECYCLE.abortIncompleteMultipartUploadAfterDays },
          Status: 'Enabled',
        },
        { NoncurrentVersionExpiration: { NoncurrentDays: DOCUMENTS_LIFECYCLE.noncurrentVersionExpirationDays }, Status: 'Enabled' },
        {
          Prefix: 'uploads/',
          ExpirationInDays: DOCUMENTS_LIFECYCLE.uploadExpirationDays,
          NoncurrentVersionExpiration: { NoncurrentDays: DOCUMENTS_LIFECYCLE.expiredUploadVersionDays },
          Status: 'Enabled',
        },
        { Prefix: 'uploads/', ExpiredObjectDeleteMarker: true, Status: 'Enabled' },
        {
          Prefix: 'exports/score-exports/',
          ExpirationInDays: SCORE_EXPORT_DAYS,
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          Status: 'Enabled',
        },
        {
          Prefix: 'exports/score-export-parts/',
          ExpirationInDays: SCORE_EXPORT_PART_DAYS,
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          Status: 'Enabled',
        },
        {
          Prefix: 'exports/release-exports/',
          ExpirationInDays: RELEASE_EXPORT_FILE_DAYS,
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          Status: 'Enabled',
        },
      ],
    });
    const lifecycle = documents?.Properties?.['LifecycleConfiguration'] as { Rules: Record<string, unknown>[] } | undefined;
    const rules = lifecycle?.Rules ?? [];
    for (const rule of rules.filter((candidate) => candidate['ExpirationInDays'] !== undefined)) {
      assert.ok(
        ['uploads/', 'exports/score-exports/', 'exports/score-export-parts/', 'exports/release-exports/'].includes(String(rule['Prefix'])),
        'only uploads and exports expire while current',
      );
    }
  });

  it('writes server access logs to a separate, retained-for-the-deployment log bucket', () => {
    const logging = documents?.Properties?.LoggingConfiguration as { DestinationBucketName: { Ref: string } } | undefined;
    assert.ok(logging !== undefined);
    const logBucket = buckets[logging.DestinationBucketName.Ref];
    assert.ok(logBucket !== undefined, `the log bucket ${logging.DestinationBucketName.Ref} is in the stack`);
    assert.notEqual(logging.DestinationBucketName.Ref, documentsId, 'the documents bucket does not log into itself');
    assert.deepEqual(logBucket.Properties?.LifecycleConfiguration, { Rules: [{ ExpirationInDays: 14, Status: 'Enabled' }] });
  });

  it('is retained when the stack goes', () => {
    data.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({ CorsConfiguration: Match.anyValue() }),
      DeletionPolicy: 'Retain',
    });
  });
});

describe('data stack: the dead-letter queue', () => {
  it('is encrypted and refuses requests without TLS', () => {
    data.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    data.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });
});
