import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SeasonApplicationPage, SeasonApplicationPages } from '../../reviews/ports/season-application-pages.ts';
import { seasonShardPage } from './season-shard-page.ts';

/**
 * A page of one shard of the season's staff index (gsi2), every stage or one stage's prefix, from a
 * checkpoint. Only `id`, `stage` and `track` are read from the index (it projects everything): the
 * export never loads an application's answers or its person.
 */
export class DynamoDbSeasonApplicationPages implements SeasonApplicationPages {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async page(request: {
    readonly seasonId: string;
    readonly shard: number;
    readonly stage: string | undefined;
    readonly after: string | undefined;
    readonly limit: number;
  }): Promise<SeasonApplicationPage> {
    const { items, lastSortKey } = await seasonShardPage(this.#client, this.#tableName, { ...request, projection: 'id, stage, track' });
    return {
      applications: items.map((item) => ({
        id: String(item['id']),
        stage: String(item['stage']),
        ...(typeof item['track'] === 'string' ? { track: item['track'] } : {}),
      })),
      lastSortKey,
    };
  }
}
