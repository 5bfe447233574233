import { buildVerifierAssets } from '../certificates/verifier-assets.ts';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTableCommand,
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
 * already (`npm start` keeps `.local/dynamodb` between runs; one made before the table had a stream
 * gets it now). Answers the ARN of the table's stream.
 */
export const ensureTable = async (dynamodb: DynamoDBClient, tableName: string): Promise<{ readonly streamArn: string }> => {
  const input = createTableInput(tableName);
  try {
    await dynamodb.send(new CreateTableCommand(input));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
  let streamArn = Table?.StreamSpecification?.StreamEnabled === true ? Table.LatestStreamArn : undefined;
  if (streamArn === undefined) {
    const updated = await dynamodb.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: input.StreamSpecification }));
    streamArn = updated.TableDescription?.LatestStreamArn;
  }
  if (streamArn === undefined) throw new Error(`The local table ${tableName} has no stream`);
  const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await dynamodb.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
  return { streamArn };
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
