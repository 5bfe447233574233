import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, machineClientKey, machineClientKeys, organisationMachineClientsPartition } from '../../platform/keys/keys.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { machineClientSchema, type MachineClient } from '../../releases/machine-client-schema.ts';
import type { MachineClients, MachineClientSaveOutcome } from '../../releases/ports/machine-clients.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';

const toClient = (item: Record<string, unknown>): MachineClient => parseStoredItem(machineClientSchema, item);

/** One item per machine client, keyed by its client id (one organisation each), listed per organisation (gsi1). */
export class DynamoDbMachineClients implements MachineClients {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(clientId: string): Promise<MachineClient | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: machineClientKey(clientId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toClient(Item);
  }

  /** One conditional Put: a new client, or one already of this organisation; never one of another. */
  async save(client: MachineClient): Promise<MachineClientSaveOutcome> {
    try {
      const { Attributes } = await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...machineClientKeys(client), entity: ENTITY.machineClient, ...client },
          ConditionExpression: 'attribute_not_exists(pk) OR organisationId = :organisation',
          ExpressionAttributeValues: { ':organisation': client.organisationId },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return { saved: Attributes === undefined ? 'created' : 'replaced', client };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const stored = await this.find(client.clientId);
      if (stored === undefined) return this.save(client);
      return { saved: false, organisationId: stored.organisationId };
    }
  }

  async remove(organisationId: string, clientId: string): Promise<boolean> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: machineClientKey(clientId),
          ConditionExpression: 'organisationId = :organisation',
          ExpressionAttributeValues: { ':organisation': organisationId },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async listForOrganisation(organisationId: string, page: PageRequest): Promise<Page<MachineClient>> {
    const partition = organisationMachineClientsPartition(organisationId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition }, sortKeyPrefix: 'MACHINE_CLIENT' }),
      }),
    );
    return { items: Items.map(toClient), nextCursor: encodeCursor(LastEvaluatedKey) };
  }
}
