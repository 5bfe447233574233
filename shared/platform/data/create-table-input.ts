import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION } from './table-definition.ts';

/**
 * The CreateTable request the local cloud and the tests send to DynamoDB Local, derived from the
 * same definition the CDK data stack uses (test/infra compares both with the synthesized template).
 */
export const createTableInput = (tableName: string): CreateTableCommandInput => {
  const keyNames = new Set<string>([TABLE_DEFINITION.partitionKey.name, TABLE_DEFINITION.sortKey.name]);
  for (const index of TABLE_DEFINITION.globalSecondaryIndexes) {
    keyNames.add(index.partitionKey.name);
    keyNames.add(index.sortKey.name);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...keyNames].sort().map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_DEFINITION.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_DEFINITION.streamViewType },
  };
};
