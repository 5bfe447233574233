import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  ENTITY,
  programmeWebhookEndpointsPartition,
  webhookEndpointKey,
  webhookEndpointKeys,
  webhookEndpointOwnerPrefix,
} from '../../platform/keys/keys.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { StoredWebhookEndpoint, WebhookEndpointStore } from '../../webhooks/ports/webhook-endpoint-store.ts';
import { webhookEndpointSchema } from '../../webhooks/webhook-endpoint-schema.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';

const storedEndpointSchema = webhookEndpointSchema.extend({
  /** Absent while the endpoint answers (so the first failure sets it with if_not_exists). */
  failingSince: webhookEndpointSchema.shape.failingSince.default(null),
  secrets: z
    .array(z.strictObject({ secret: z.string(), validUntil: z.string().nullable() }))
    .min(1)
    .max(2),
  ownerEmail: z.string().nullable(),
});

const toEndpoint = (item: Record<string, unknown>): StoredWebhookEndpoint => parseStoredItem(storedEndpointSchema, item);

/** The programme's endpoints list (gsi1) holds few items: a page of this many reads them all at once. */
const ALL_ENDPOINTS_PAGE = 100;

/**
 * Webhook endpoints, one item each, listed per programme on gsi1 (staff's under `STAFF#`, each
 * partner organisation's under its own prefix). The secrets are attributes of the item: the table
 * is encrypted at rest, only the webhooks functions' roles read it, and no read answers them.
 */
export class DynamoDbWebhookEndpoints implements WebhookEndpointStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  #item({ failingSince, ...endpoint }: StoredWebhookEndpoint): Record<string, unknown> {
    return {
      ...endpoint,
      ...(failingSince === null ? {} : { failingSince }),
      ...webhookEndpointKeys(endpoint),
      entity: ENTITY.webhookEndpoint,
    };
  }

  async create(endpoint: StoredWebhookEndpoint): Promise<void> {
    await this.#client.send(new PutCommand({ TableName: this.#tableName, Item: this.#item(endpoint), ConditionExpression: ITEM_ABSENT }));
  }

  find(endpointId: string): Promise<StoredWebhookEndpoint | undefined> {
    return consistentGet(this.#client, this.#tableName, webhookEndpointKey(endpointId), toEndpoint);
  }

  /**
   * The owner's fields only (URL, types, description, language, secrets), under the version: the
   * pause state and the failing streak are the dispatcher's, and a concurrent pause must survive an edit.
   */
  async replace(endpoint: StoredWebhookEndpoint): Promise<'written' | 'stale'> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: webhookEndpointKey(endpoint.id),
          UpdateExpression: `SET #url = :url, eventTypes = :types, #language = :language, secrets = :secrets, secretRotatedAt = :rotated, updatedAt = :updated, #version = :version${
            endpoint.description === undefined ? ' REMOVE description' : ', description = :description'
          }`,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version', '#url': 'url', '#language': 'language' },
          ExpressionAttributeValues: {
            ':url': endpoint.url,
            ':types': [...endpoint.eventTypes],
            ':language': endpoint.language,
            ':secrets': endpoint.secrets.map((secret) => ({ ...secret })),
            ':rotated': endpoint.secretRotatedAt,
            ':updated': endpoint.updatedAt,
            ':version': endpoint.version,
            ':expected': endpoint.version - 1,
            ...(endpoint.description === undefined ? {} : { ':description': endpoint.description }),
          },
        }),
      );
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'stale';
      throw error;
    }
  }

  async remove(endpointId: string, version: number): Promise<'removed' | 'stale'> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: webhookEndpointKey(endpointId),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': version },
        }),
      );
      return 'removed';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'stale';
      throw error;
    }
  }

  async list(
    programmeId: string,
    owner: { readonly organisationId: string | null } | undefined,
    page: PageRequest,
  ): Promise<Page<StoredWebhookEndpoint>> {
    const partition = programmeWebhookEndpointsPartition(programmeId);
    const prefix = owner === undefined ? undefined : webhookEndpointOwnerPrefix(owner.organisationId);
    const start = decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } });
    // A cursor of another owner's list would page from inside it.
    if (start !== undefined && prefix !== undefined && !start['gsi1sk']?.startsWith(prefix)) throw invalidCursor();
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: prefix === undefined ? 'gsi1pk = :pk' : 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
        ExpressionAttributeValues: { ':pk': partition, ...(prefix === undefined ? {} : { ':prefix': prefix }) },
        Limit: page.limit,
        ExclusiveStartKey: start,
      }),
    );
    return { items: Items.map(toEndpoint), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async listAll(programmeId: string): Promise<readonly StoredWebhookEndpoint[]> {
    const endpoints: StoredWebhookEndpoint[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.list(programmeId, undefined, { limit: ALL_ENDPOINTS_PAGE, cursor });
      endpoints.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return endpoints;
  }

  async recordFailure(endpointId: string, at: Date): Promise<StoredWebhookEndpoint | undefined> {
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: webhookEndpointKey(endpointId),
          UpdateExpression: 'SET failingSince = if_not_exists(failingSince, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes === undefined ? undefined : toEndpoint(Attributes);
    } catch (error) {
      if (isConditionalCheckFailed(error)) return undefined;
      throw error;
    }
  }

  async recordSuccess(endpointId: string): Promise<void> {
    await this.#conditionalUpdate(endpointId, 'REMOVE failingSince', 'attribute_exists(pk)', {});
  }

  pause(endpointId: string, at: Date): Promise<boolean> {
    return this.#conditionalUpdate(endpointId, 'SET #status = :paused, pausedAt = :at', '#status = :active', {
      ':paused': 'paused',
      ':active': 'active',
      ':at': at.toISOString(),
    });
  }

  resume(endpointId: string, at: Date): Promise<boolean> {
    return this.#conditionalUpdate(
      endpointId,
      'SET #status = :active, pausedAt = :none, updatedAt = :at REMOVE failingSince',
      '#status = :paused',
      {
        ':paused': 'paused',
        ':active': 'active',
        ':none': null,
        ':at': at.toISOString(),
      },
    );
  }

  /** Pause state and the failing streak are the dispatcher's: they change no version, so an owner's edit never conflicts with them. */
  async #conditionalUpdate(endpointId: string, update: string, condition: string, values: Record<string, unknown>): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: webhookEndpointKey(endpointId),
          UpdateExpression: update,
          ConditionExpression: condition,
          ...(update.includes('#status') || condition.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
          ...(Object.keys(values).length === 0 ? {} : { ExpressionAttributeValues: values }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
