import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION, type KeyAttribute } from '../../shared/platform/data/table-definition.ts';

const attribute = (key: KeyAttribute) => ({
  name: key.name,
  type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER,
});

/**
 * The one table, built from shared/platform/data/table-definition.ts (the local cloud creates DynamoDB Local's
 * table from the same definition). It holds every record of the platform, so it outlives its stack:
 * retained on stack deletion, deletion-protected, continuously backed up.
 */
export const createCadreTable = (scope: Construct, id: string, encryptionKey: IKey): Table => {
  const table = new Table(scope, id, {
    partitionKey: attribute(TABLE_DEFINITION.partitionKey),
    sortKey: attribute(TABLE_DEFINITION.sortKey),
    // On-demand: traffic is spiky around application deadlines and idle between seasons.
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: TABLE_DEFINITION.timeToLiveAttribute,
    stream: StreamViewType[TABLE_DEFINITION.streamViewType],
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    encryption: TableEncryption.CUSTOMER_MANAGED,
    encryptionKey,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of TABLE_DEFINITION.globalSecondaryIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: attribute(index.partitionKey),
      sortKey: attribute(index.sortKey),
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
};
