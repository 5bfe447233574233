/**
 * The one DynamoDB table, described once. The CDK data stack builds the table from this and
 * the local cloud creates DynamoDB Local's table from it (test/infra proves they match).
 * Keys are generic; what they hold per entity is decided in shared/platform/keys/keys.ts.
 */
export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
}

export const TABLE_DEFINITION = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  /** All indexes project ALL attributes: lists render from the index without a second read. */
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
    { indexName: 'gsi2', partitionKey: { name: 'gsi2pk', type: 'S' }, sortKey: { name: 'gsi2sk', type: 'S' } },
    { indexName: 'gsi3', partitionKey: { name: 'gsi3pk', type: 'S' }, sortKey: { name: 'gsi3sk', type: 'S' } },
    { indexName: 'gsi4', partitionKey: { name: 'gsi4pk', type: 'S' }, sortKey: { name: 'gsi4sk', type: 'S' } },
  ],
  timeToLiveAttribute: 'expiresAt',
  versionAttribute: 'version',
  /**
   * The table's change stream, read by the webhooks' event source (functions/webhook-events): both
   * images, so a change is told from the item before and after it without reading the table again.
   */
  streamViewType: 'NEW_AND_OLD_IMAGES',
} as const satisfies {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: readonly IndexDefinition[];
  timeToLiveAttribute: string;
  versionAttribute: string;
  streamViewType: 'NEW_AND_OLD_IMAGES';
};

export type IndexName = (typeof TABLE_DEFINITION.globalSecondaryIndexes)[number]['indexName'];
