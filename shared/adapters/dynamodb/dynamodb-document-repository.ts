import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DocumentRecord } from '../../documents/document-schema.ts';
import type { DocumentRepository, DocumentWriteOutcome } from '../../documents/ports/document-repository.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { documentItem as itemOf, toDocument } from './dynamodb-document-items.ts';
import { DOCUMENT_PREFIX, documentKey } from '../../platform/keys/keys.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { putOnce } from './put-once.ts';

/** Document records live in their application's partition, so a Query of it pages through them. */
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

  async page(
    applicationId: string,
    request: PageRequest,
    options: { readonly verifiedOnly: boolean; readonly requirements?: readonly string[] },
  ): Promise<Page<DocumentRecord>> {
    const { pk } = documentKey(applicationId, '');
    if (options.requirements?.length === 0) return { items: [] };
    const filters = [
      ...(options.verifiedOnly ? ['#status = :verified'] : []),
      ...(options.requirements === undefined
        ? []
        : [`requirementId IN (${options.requirements.map((_, index) => `:r${index}`).join(', ')})`]),
    ];
    const filterValues = {
      ...(options.verifiedOnly ? { ':verified': 'verified' } : {}),
      ...Object.fromEntries((options.requirements ?? []).map((id, index) => [`:r${index}`, id])),
    };
    const items: DocumentRecord[] = [];
    let start: Record<string, unknown> | undefined = decodeCursor(request.cursor, { partition: { pk }, sortKeyPrefix: DOCUMENT_PREFIX });
    // A filtered Query stops after `Limit` items read, kept or not: asking again for what is still
    // missing fills the page, and the last key read is exactly where the next page starts.
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ...(filters.length === 0 ? {} : { FilterExpression: filters.join(' AND ') }),
          ...(options.verifiedOnly ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ExpressionAttributeValues: { ':pk': pk, ':prefix': DOCUMENT_PREFIX, ...filterValues },
          ConsistentRead: true,
          Limit: request.limit - items.length,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...Items.map(toDocument));
      start = LastEvaluatedKey;
    } while (start !== undefined && items.length < request.limit);
    return { items, nextCursor: encodeCursor(start) };
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
