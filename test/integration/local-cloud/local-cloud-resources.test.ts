import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { GetBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { requireEnv } from '../../../shared/platform/config/env.ts';
import { documentsCorsRules } from '../../../shared/platform/data/bucket-definition.ts';
import { createTableInput } from '../../../shared/platform/data/create-table-input.ts';
import { TABLE_DEFINITION } from '../../../shared/platform/data/table-definition.ts';
import { STATE_MACHINES } from '../../../shared/platform/workflow/state-machine-manifest.ts';
import { ensureTable } from '../../../infra/local/resources.ts';

/**
 * What the test global setup provides to every test process: the environment the functions
 * read, and the table, bucket and mailbox behind it, built from the CDK definitions.
 */
const region = requireEnv('AWS_REGION');

describe('local cloud started by the test global setup', () => {
  it('exports the environment every function reads', () => {
    for (const name of [
      'TABLE_NAME',
      'DOCUMENTS_BUCKET',
      'MAIL_FROM',
      'DYNAMODB_ENDPOINT',
      'S3_ENDPOINT',
      'SES_ENDPOINT',
      'SFN_ENDPOINT',
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
    ]) {
      assert.ok(requireEnv(name));
    }
    for (const machine of STATE_MACHINES) assert.match(requireEnv(machine.arnEnvVar), /^arn:aws:states:[\w-]+:\d{12}:stateMachine:/);
    assert.equal(process.env['VALIDATE_RESPONSES'], 'true');
  });

  it('creates the table from the shared definition, with TTL', async () => {
    const dynamodb = new DynamoDBClient({ endpoint: requireEnv('DYNAMODB_ENDPOINT'), region });
    try {
      const tableName = requireEnv('TABLE_NAME');
      const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
      const expected = createTableInput(tableName);
      assert.deepEqual(Table?.KeySchema, expected.KeySchema);
      assert.deepEqual(
        Table?.GlobalSecondaryIndexes?.map((index) => ({
          IndexName: index.IndexName,
          KeySchema: index.KeySchema,
          Projection: index.Projection,
        })),
        expected.GlobalSecondaryIndexes,
      );
      const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
      assert.equal(ttl.TimeToLiveDescription?.AttributeName, TABLE_DEFINITION.timeToLiveAttribute);
      assert.deepEqual(Table?.StreamSpecification, expected.StreamSpecification);
    } finally {
      dynamodb.destroy();
    }
  });

  it('gives a table kept from before the stream its stream, and answers the same stream after', async () => {
    const dynamodb = new DynamoDBClient({ endpoint: requireEnv('DYNAMODB_ENDPOINT'), region });
    const tableName = `cadre-kept-${randomUUID()}`;
    try {
      const { StreamSpecification: _stream, ...withoutStream } = createTableInput(tableName);
      await dynamodb.send(new CreateTableCommand(withoutStream));
      const { streamArn } = await ensureTable(dynamodb, tableName);
      const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
      assert.deepEqual(Table?.StreamSpecification, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
      assert.equal(streamArn, Table?.LatestStreamArn);
      assert.deepEqual(await ensureTable(dynamodb, tableName), { streamArn });
    } finally {
      await dynamodb.send(new DeleteTableCommand({ TableName: tableName }));
      dynamodb.destroy();
    }
  });

  it('creates the documents bucket with the CORS rules of the bucket definition', async () => {
    const s3 = new S3Client({ endpoint: requireEnv('S3_ENDPOINT'), region, forcePathStyle: true });
    try {
      const cors = await s3.send(new GetBucketCorsCommand({ Bucket: requireEnv('DOCUMENTS_BUCKET') }));
      const [expected] = documentsCorsRules(['*']);
      assert.deepEqual(cors.CORSRules?.[0]?.AllowedMethods, expected?.AllowedMethods);
      assert.deepEqual(cors.CORSRules?.[0]?.AllowedOrigins, ['*']);
    } finally {
      s3.destroy();
    }
  });

  it('keeps sent mail readable over HTTP', async () => {
    const ses = new SESv2Client({ endpoint: requireEnv('SES_ENDPOINT'), region });
    const subject = `local cloud test ${randomUUID()}`;
    try {
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: requireEnv('MAIL_FROM'),
          Destination: { ToAddresses: ['someone@example.org'] },
          Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: 'hello' } } } },
        }),
      );
    } finally {
      ses.destroy();
    }
    const store = (await (await fetch(`${requireEnv('SES_ENDPOINT')}/store`)).json()) as { emails: { subject: string }[] };
    assert.ok(store.emails.some((email) => email.subject === subject));
  });
});
