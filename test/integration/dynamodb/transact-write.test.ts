import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { cancellationReasons } from '../../../shared/adapters/dynamodb/transaction-cancellation.ts';
import { MAX_ATTEMPTS, transactWrite } from '../../../shared/adapters/dynamodb/transact-write.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';

const client = documentClient();
const TableName = requireEnv(ENV.tableName);

/** Bumps a counter and puts a writer's own item, in one transaction. */
const bump = (counterPk: string, writer: number) =>
  new TransactWriteCommand({
    TransactItems: [
      {
        Update: {
          TableName,
          Key: { pk: counterPk, sk: 'COUNTER' },
          UpdateExpression: 'ADD #n :one',
          ExpressionAttributeNames: { '#n': 'n' },
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
      { Put: { TableName, Item: { pk: counterPk, sk: `WRITER#${writer}` }, ConditionExpression: 'attribute_not_exists(pk)' } },
    ],
  });

const counter = async (counterPk: string): Promise<unknown> =>
  (await client.send(new GetCommand({ TableName, Key: { pk: counterPk, sk: 'COUNTER' }, ConsistentRead: true }))).Item?.['n'];

/**
 * DynamoDB Local runs transactions one at a time and never answers TransactionConflict, which
 * DynamoDB does when transactions race on an item. So the first `conflicts` sends fail with the
 * very exception the SDK raises for it, and every send, including those, reaches the real table.
 */
const withConflicts = (conflicts: number): Pick<DynamoDBDocumentClient, 'send'> & { readonly sends: () => number } => {
  let sends = 0;
  return {
    sends: () => sends,
    send: (async (command: TransactWriteCommand) => {
      sends += 1;
      if (sends <= conflicts) {
        throw new TransactionCanceledException({
          message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict, None]',
          $metadata: { httpStatusCode: 400 },
          CancellationReasons: [{ Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }, { Code: 'None' }],
        });
      }
      return client.send(command);
    }) as DynamoDBDocumentClient['send'],
  };
};

describe('transactWrite', () => {
  it('retries a transaction cancelled by contention until it lands, exactly once', async () => {
    const counterPk = `TEST#${randomUUID()}`;
    const racing = withConflicts(3);
    await transactWrite(racing, bump(counterPk, 1));
    assert.equal(racing.sends(), 4);
    assert.equal(await counter(counterPk), 1);
  });

  it('gives up after a bounded number of attempts and reports the conflict', async () => {
    const counterPk = `TEST#${randomUUID()}`;
    const hopeless = withConflicts(Number.POSITIVE_INFINITY);
    await assert.rejects(
      transactWrite(hopeless, bump(counterPk, 1)),
      (error: unknown) => cancellationReasons(error)?.[0]?.code === 'TransactionConflict',
    );
    assert.equal(hopeless.sends(), MAX_ATTEMPTS);
    assert.equal(await counter(counterPk), undefined);
  });

  it('does not retry a refused condition', async () => {
    const counterPk = `TEST#${randomUUID()}`;
    await transactWrite(client, bump(counterPk, 1));
    const refused = withConflicts(0);
    await assert.rejects(
      transactWrite(refused, bump(counterPk, 1)),
      (error: unknown) => cancellationReasons(error)?.[1]?.code === 'ConditionalCheckFailed',
    );
    assert.equal(refused.sends(), 1);
    assert.equal(await counter(counterPk), 1);
  });
});
