import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EducationProgress } from '../../education/domain/education-progress.ts';
import type { ApplyOutcome, EducationProgressStore } from '../../education/ports/education-progress-store.ts';
import type { ProgressEvent } from '../../education/progress-event-schema.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ENTITY, educationProgressKey } from '../../platform/keys/keys.ts';

/** Which string set an event adds its course to. */
const SET_OF = { 'webinar-watched': 'webinarsWatched', 'broadcast-attended': 'broadcastsAttended' } as const;

const idsOf = (value: unknown): string[] => (value instanceof Set ? [...value].map(String).sort() : []);

/** Reads a stored progress item (exported for seeds that write progress items in bulk). */
export const toProgress = (item: Record<string, unknown>): EducationProgress => ({
  applicationId: String(item['applicationId']),
  webinarsWatched: idsOf(item['webinarsWatched']),
  broadcastsAttended: idsOf(item['broadcastsAttended']),
  updatedAt: typeof item['updatedAt'] === 'string' ? item['updatedAt'] : undefined,
});

/** A string set of the refused write's old item (ReturnValuesOnConditionCheckFailure), in wire format. */
const wireSetHas = (item: Record<string, { SS?: string[] } | undefined> | undefined, attribute: string, value: string): boolean =>
  item?.[attribute]?.SS?.includes(value) ?? false;

/**
 * Progress as one item per application (keys.ts explains the write pattern): an event is ONE
 * UpdateItem that adds its id and its course to string sets, on condition that neither is there
 * yet. No read before the write, no transaction; a replay or a second event for the same course
 * is refused by the condition and told apart by the old item the refusal returns.
 */
export class DynamoDbEducationProgress implements EducationProgressStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async apply(event: ProgressEvent, context: { readonly seasonId: string; readonly at: string }): Promise<ApplyOutcome> {
    const courses = SET_OF[event.kind];
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: educationProgressKey(event.applicationId),
          UpdateExpression:
            'ADD eventIds :eventSet, #courses :courseSet SET entity = :entity, applicationId = :applicationId, seasonId = :seasonId, updatedAt = :at',
          ConditionExpression: 'NOT contains(eventIds, :eventId) AND NOT contains(#courses, :itemId)',
          ExpressionAttributeNames: { '#courses': courses },
          ExpressionAttributeValues: {
            ':eventSet': new Set([event.eventId]),
            ':courseSet': new Set([event.itemId]),
            ':eventId': event.eventId,
            ':itemId': event.itemId,
            ':entity': ENTITY.educationProgress,
            ':applicationId': event.applicationId,
            ':seasonId': context.seasonId,
            ':at': context.at,
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      if (Attributes === undefined) throw new Error('UpdateItem with ALL_NEW returned no attributes');
      return { outcome: 'recorded', progress: toProgress(Attributes) };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return { outcome: wireSetHas(error.Item, 'eventIds', event.eventId) ? 'duplicate' : 'already-recorded' };
    }
  }

  async find(applicationId: string): Promise<EducationProgress | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: educationProgressKey(applicationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toProgress(Item);
  }

  async findMany(applicationIds: readonly string[]): Promise<ReadonlyMap<string, EducationProgress>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(applicationIds)].map((id) => ({ ...educationProgressKey(id) })),
    );
    return new Map(items.map((item) => [String(item['applicationId']), toProgress(item)]));
  }
}
