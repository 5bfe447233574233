import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../applications/application-schema.ts';
import type { Participants } from '../../education/ports/participants.ts';
import { batchGetAll } from './batch-get.ts';
import { toApplication } from './dynamodb-application-items.ts';
import { applicationKey } from '../../platform/keys/keys.ts';

/** The applications a batch of progress events names, by BatchGetItem (100 keys a call). */
export class DynamoDbEducationParticipants implements Participants {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async findMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, Application>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(applicationIds)].map((id) => ({ ...applicationKey(id) })),
    );
    const found = new Map<string, Application>();
    for (const item of items) {
      const application = toApplication(item);
      found.set(application.id, application);
    }
    return found;
  }
}
