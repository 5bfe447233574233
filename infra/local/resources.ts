import { buildVerifierAssets } from '../certificates/verifier-assets.ts';
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  PutBucketCorsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { documentsCorsRules } from '../../shared/platform/data/bucket-definition.ts';
import { createTableInput } from '../../shared/platform/data/create-table-input.ts';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { LOCAL_ALLOWED_ORIGINS } from './local-settings.ts';

/**
 * Creates the table from the definition the CDK data stack uses, unless a persisted one is there
 * already (`npm start` keeps `.local/dynamodb` between runs).
 */
export const ensureTable = async (dynamodb: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    await dynamodb.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await dynamodb.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
};

/** Creates the documents bucket (if missing) with the CORS rules the CDK data stack applies. */
export const ensureBucket = async (s3: S3Client, bucketName: string): Promise<void> => {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucketName }));
  } catch (error) {
    if (!(error instanceof BucketAlreadyOwnedByYou || error instanceof BucketAlreadyExists)) throw error;
  }
  await s3.send(
    new PutBucketCorsCommand({ Bucket: bucketName, CORSConfiguration: { CORSRules: documentsCorsRules(LOCAL_ALLOWED_ORIGINS) } }),
  );
};

/**
 * The certificate verification site's bucket with the verifier page as this checkout builds it
 * (published again at every start, so the page follows the code), as CDK's deployment of the
 * same assets does in AWS. The issuer publishes the keys, status lists and credentials.
 */
export const ensureVerificationSite = async (s3: S3Client, bucketName: string): Promise<void> => {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucketName }));
  } catch (error) {
    if (!(error instanceof BucketAlreadyOwnedByYou || error instanceof BucketAlreadyExists)) throw error;
  }
  await Promise.all(
    buildVerifierAssets().map((asset) =>
      s3.send(new PutObjectCommand({ Bucket: bucketName, Key: asset.key, Body: asset.body, ContentType: asset.contentType })),
    ),
  );
};
