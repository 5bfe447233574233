import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { candidateRankingSchema } from '../../internships/candidate-ranking-schema.ts';
import { internshipPreferencesSchema } from '../../internships/internship-preferences-schema.ts';
import type { MatchingApplicant, MatchingOffer } from '../../internships/matching-outcome-schema.ts';
import type { InputPage, InputPageRequest, MatchingInputs } from '../../internships/ports/matching-inputs.ts';
import {
  APPLICATION_SHARDS,
  internshipOfferListPartition,
  internshipOfferListPrefix,
  internshipPreferencesKey,
  internshipRankingKey,
} from '../../platform/keys/keys.ts';
import { cursorJson, cursorOf } from '../../platform/paging/cursor.ts';
import { batchGetAll } from './batch-get.ts';
import { parseStoredItem } from './parse-stored.ts';
import { seasonShardPage } from './season-shard-page.ts';

/** Where a walk of the stage's shards stands: the shard, and the last index sort key read in it. */
const stageCursorSchema = z.strictObject({ shard: z.int().min(0).max(APPLICATION_SHARDS), after: z.string().min(1).max(1024).optional() });
/** Where a walk of the stage's levels' approved offers stands: the level's place in the list, and the Query's last key in it. */
const offerCursorSchema = z.strictObject({ level: z.int().min(0).max(20), start: z.record(z.string(), z.string()).optional() });

const parseCursor = <T>(schema: z.ZodType<T>, cursor: string | undefined, first: T): T =>
  cursor === undefined ? first : schema.parse(cursorJson(cursor));

/**
 * A matching run's inputs from the table. Applicants: the applications now at the stage, shard by
 * shard of the season's staff index (gsi2, only their ids), with their preferences for the stage
 * in one BatchGet per page (none stored: no choices). Offers: each level's approved offers from
 * the season's offer list (gsi1, only the attributes a run needs), their seats less those placements
 * hold, with their hosts' rankings in one BatchGet per page (never ranked: nobody, and nobody unasked).
 */
export class DynamoDbMatchingInputs implements MatchingInputs {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async applicants(request: InputPageRequest): Promise<InputPage<MatchingApplicant>> {
    const at = parseCursor(stageCursorSchema, request.cursor, { shard: 0 });
    const page = await seasonShardPage(this.#client, this.#tableName, {
      seasonId: request.seasonId,
      shard: at.shard,
      stage: request.stage,
      after: at.after,
      limit: request.limit,
      projection: 'id, applicantId',
    });
    const applications = page.items.map((item) => ({ id: String(item['id']), applicantId: String(item['applicantId']) }));
    const preferences = new Map(
      (
        await batchGetAll(
          this.#client,
          this.#tableName,
          applications.map((application) => ({ ...internshipPreferencesKey(application.id, request.stage) })),
        )
      )
        .map((item) => parseStoredItem(internshipPreferencesSchema, item))
        .map((stored) => [stored.applicationId, stored.choices]),
    );
    const next =
      page.lastSortKey !== undefined
        ? { shard: at.shard, after: page.lastSortKey }
        : at.shard + 1 < APPLICATION_SHARDS
          ? { shard: at.shard + 1 }
          : undefined;
    return {
      items: applications.map((application) => ({
        applicationId: application.id,
        applicantId: application.applicantId,
        choices: preferences.get(application.id) ?? [],
      })),
      ...(next === undefined ? {} : { nextCursor: cursorOf(next) }),
    };
  }

  async offers(request: InputPageRequest & { readonly levels: readonly string[] }): Promise<InputPage<MatchingOffer>> {
    const at = parseCursor(offerCursorSchema, request.cursor, { level: 0 });
    const level = request.levels[at.level];
    if (level === undefined) return { items: [] };
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': internshipOfferListPartition(request.seasonId),
          ':prefix': internshipOfferListPrefix(['approved', level]),
        },
        ProjectionExpression: 'id, seats, held, hostOrganisation',
        Limit: request.limit,
        ExclusiveStartKey: at.start,
      }),
    );
    const rankings = new Map(
      (
        await batchGetAll(
          this.#client,
          this.#tableName,
          Items.map((item) => ({ ...internshipRankingKey(request.seasonId, String(item['id'])) })),
        )
      )
        .map((item) => parseStoredItem(candidateRankingSchema, item))
        .map((ranking) => [ranking.offerId, ranking]),
    );
    const next =
      LastEvaluatedKey !== undefined
        ? { level: at.level, start: LastEvaluatedKey as Record<string, string> }
        : at.level + 1 < request.levels.length
          ? { level: at.level + 1 }
          : undefined;
    return {
      items: Items.map((item) => {
        const id = String(item['id']);
        const ranking = rankings.get(id);
        return {
          offerId: id,
          hostOrganisation: String(item['hostOrganisation']),
          seatsLeft: Math.max(0, Number(item['seats'] ?? 0) - Number(item['held'] ?? 0)),
          ranking: ranking?.ranking ?? [],
          acceptsUnranked: ranking?.acceptsUnranked ?? false,
        };
      }),
      ...(next === undefined ? {} : { nextCursor: cursorOf(next) }),
    };
  }
}
