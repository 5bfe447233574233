import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../applications/application-schema.ts';
import type { Participants } from '../../education/ports/participants.ts';
import { toApplication } from './dynamodb-application-items.ts';
import { applicationKey } from './keys.ts';

const BATCH_LIMIT = 100;
const MAX_BATCH_ROUNDS = 5;

type BatchGetAnswer = { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys?: Record<string, unknown>[] }> };

/** The applications a batch of progress events names, by BatchGetItem (100 keys a call). */
export class DynamoDbEducationParticipants implements Participants {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async findMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, Application>> {
    const unique = [...new Set(applicationIds)];
    const found = new Map<string, Application>();
    for (let start = 0; start < unique.length; start += BATCH_LIMIT) {
      let keys: Record<string, unknown>[] | undefined = unique.slice(start, start + BATCH_LIMIT).map((id) => ({ ...applicationKey(id) }));
      // Throttling under load leaves some keys unprocessed; they are asked again, a bounded number of times.
      for (let round = 0; keys !== undefined && keys.length > 0; round += 1) {
        if (round === MAX_BATCH_ROUNDS) throw new Error('BatchGetItem left keys unprocessed after retries');
        const { Responses, UnprocessedKeys }: BatchGetAnswer = await this.#client.send(
          new BatchGetCommand({ RequestItems: { [this.#tableName]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const item of Responses?.[this.#tableName] ?? []) {
          const application = toApplication(item);
          found.set(application.id, application);
        }
        keys = UnprocessedKeys?.[this.#tableName]?.Keys;
      }
    }
    return found;
  }
}
