import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DocumentRecord } from '../../documents/document-schema.ts';
import type { DocumentRepository, DocumentWriteOutcome } from '../../documents/ports/document-repository.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { documentItem as itemOf, toDocument } from './dynamodb-document-items.ts';
import { DOCUMENT_PREFIX, documentKey } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';

/** Document records live in their application's partition, so one Query lists them all. */
export class DynamoDbDocumentRepository implements DocumentRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async create(document: DocumentRecord): Promise<void> {
    // Ids are fresh UUIDs; the condition turns a collision into a fault instead of an overwrite.
    await this.#client.send(new PutCommand(putOnce(this.#tableName, itemOf(document))));
  }

  async find(applicationId: string, documentId: string): Promise<DocumentRecord | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: documentKey(applicationId, documentId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toDocument(Item);
  }

  async listForApplication(applicationId: string): Promise<readonly DocumentRecord[]> {
    const { pk } = documentKey(applicationId, '');
    const documents: DocumentRecord[] = [];
    let exclusiveStartKey: Record<string, unknown> | undefined;
    // An application holds a few documents (retries included); more than one page is the exception.
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': DOCUMENT_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: exclusiveStartKey,
        }),
      );
      documents.push(...(page.Items ?? []).map(toDocument));
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey !== undefined);
    return documents;
  }

  async replace(document: DocumentRecord, expectedVersion: number): Promise<DocumentWriteOutcome> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: itemOf(document),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'written';
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return error.Item === undefined ? 'missing' : 'stale';
    }
  }
}
