import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExpertAssignments } from '../../documents/ports/expert-assignments.ts';
import { ENTITY, expertAssignmentKey } from '../../platform/keys/keys.ts';

/** One item per (application, expert) in the application's partition: a point read answers "assigned?". */
export class DynamoDbExpertAssignments implements ExpertAssignments {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async isAssigned(expertId: string, applicationId: string): Promise<boolean> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: expertAssignmentKey(applicationId, expertId),
        ConsistentRead: true,
        ProjectionExpression: 'pk',
      }),
    );
    return Item !== undefined;
  }

  async assign(expertId: string, applicationId: string, assignedBy: string, at: string): Promise<void> {
    await this.#client.send(
      new PutCommand({
        TableName: this.#tableName,
        Item: {
          ...expertAssignmentKey(applicationId, expertId),
          entity: ENTITY.expertAssignment,
          applicationId,
          expertId,
          assignedBy,
          assignedAt: at,
        },
      }),
    );
  }

  async unassign(expertId: string, applicationId: string): Promise<void> {
    await this.#client.send(new DeleteCommand({ TableName: this.#tableName, Key: expertAssignmentKey(applicationId, expertId) }));
  }
}
