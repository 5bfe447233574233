import type { ReadingAssignment } from '../../documents/ports/expert-assignments.ts';
import { PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import {
  ENTITY,
  expertPoolMemberKey,
  expertReviewPrefix,
  expertSeasonReviewsPartition,
  REVIEW_PREFIX,
  RUBRIC_AGGREGATE_PREFIX,
  reviewKey,
  reviewKeys,
  rubricAggregateKey,
} from '../../platform/keys/keys.ts';
import { rubricAggregateSchema, type RubricAggregate } from '../../reviews/aggregate-schema.ts';
import type { AssignOutcome, ReviewStore, ReviewWriteOutcome, UnassignOutcome } from '../../reviews/ports/review-store.ts';
import { reviewSchema, type Review } from '../../reviews/review-schema.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';
import { gsi1PartitionPage } from './gsi1-partition-page.ts';
import { parseStoredItem } from './parse-stored.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { sendCounted } from './dynamodb-season-counts-events.ts';
import { transactWrite } from './transact-write.ts';

const toReview = (item: Record<string, unknown>): Review => parseStoredItem(reviewSchema, item);
const toAggregate = (item: Record<string, unknown>): RubricAggregate => parseStoredItem(rubricAggregateSchema, item);

const versionOf = (item: Record<string, { N?: string } | undefined> | undefined): number => Number(item?.['version']?.N ?? 0);

/**
 * Reviews live in their application's partition (the staff view of an application is one Query,
 * the documents' "is this expert assigned?" a one-item Query on the expert's prefix) and are
 * listed per expert and season through gsi1. The pool member's `load` moves in the same
 * transaction as the review it counts, so capacity holds under any concurrency.
 */
export class DynamoDbReviewStore implements ReviewStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async assign(review: Review): Promise<AssignOutcome> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: { ...reviewKeys(review), entity: ENTITY.review, ...review },
                ConditionExpression: ITEM_ABSENT,
              },
            },
            {
              Update: {
                TableName: this.#tableName,
                Key: expertPoolMemberKey(review.seasonId, review.expertId),
                // The per-rubric counter beside the total: the season's progress per rubric is a sum over the pool.
                UpdateExpression:
                  'SET #load = #load + :one, assignedByRubric.#rubric = if_not_exists(assignedByRubric.#rubric, :zero) + :one',
                ConditionExpression: 'attribute_exists(pk) AND #load < #capacity',
                ExpressionAttributeNames: { '#load': 'load', '#capacity': 'capacity', '#rubric': review.rubricId },
                ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
          ],
        }),
      );
      return 'assigned';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      if (reasons[0]?.code === 'ConditionalCheckFailed') return 'already-assigned';
      if (reasons[1]?.code === 'ConditionalCheckFailed') return reasons[1].item === undefined ? 'not-in-pool' : 'over-capacity';
      throw error;
    }
  }

  async openScorecard(review: Review): Promise<'opened' | 'already-open'> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...reviewKeys(review), entity: ENTITY.review, ...review },
          ConditionExpression: ITEM_ABSENT,
        }),
      );
      return 'opened';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'already-open';
      throw error;
    }
  }

  /**
   * The review and the expert's counters in one transaction (a scorecard of an interview counts
   * on no pool member, so it goes alone). Counters that cannot move (a pool
   * member placed before per-rubric counters existed has none; one removed since has nothing to give
   * back) never keep a withdrawal from happening: the next attempt moves what can move, the last
   * deletes the review alone.
   */
  async unassign(review: Pick<Review, 'applicationId' | 'expertId' | 'rubricId' | 'seasonId'>): Promise<UnassignOutcome> {
    const stored = await this.find(review.applicationId, review.expertId, review.rubricId);
    if (stored === undefined) return 'absent';
    const counterUpdates: readonly (
      | {
          readonly UpdateExpression: string;
          readonly ConditionExpression: string;
          readonly ExpressionAttributeNames: Record<string, string>;
        }
      | undefined
    )[] =
      stored.interviewEventId !== undefined
        ? [undefined]
        : [
            {
              UpdateExpression: 'SET #load = #load - :one, assignedByRubric.#rubric = assignedByRubric.#rubric - :one',
              ConditionExpression: 'attribute_exists(pk) AND #load > :zero AND assignedByRubric.#rubric > :zero',
              ExpressionAttributeNames: { '#load': 'load', '#rubric': review.rubricId },
            },
            {
              UpdateExpression: 'SET #load = #load - :one',
              ConditionExpression: 'attribute_exists(pk) AND #load > :zero',
              ExpressionAttributeNames: { '#load': 'load' },
            },
            undefined,
          ];
    for (const counters of counterUpdates) {
      try {
        await transactWrite(
          this.#client,
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: this.#tableName,
                  Key: reviewKey(review.applicationId, review.expertId, review.rubricId),
                  ConditionExpression: 'attribute_exists(pk) AND #status <> :submitted',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: { ':submitted': 'submitted' },
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
                },
              },
              ...(counters === undefined
                ? []
                : [
                    {
                      Update: {
                        TableName: this.#tableName,
                        Key: expertPoolMemberKey(review.seasonId, review.expertId),
                        ...counters,
                        ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
                      },
                    },
                  ]),
            ],
          }),
        );
        return 'unassigned';
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons === undefined) throw error;
        if (reasons[0]?.code === 'ConditionalCheckFailed') return reasons[0].item === undefined ? 'absent' : 'submitted';
        if (reasons[1]?.code !== 'ConditionalCheckFailed') throw error;
      }
    }
    throw new Error('Withdrawing a review failed without a refusal');
  }

  find(applicationId: string, expertId: string, rubricId: string): Promise<Review | undefined> {
    return consistentGet(this.#client, this.#tableName, reviewKey(applicationId, expertId, rubricId), toReview);
  }

  async readingAssignments(expertId: string, applicationId: string): Promise<readonly ReadingAssignment[]> {
    // One review per rubric at most: a handful of items, one page.
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': reviewKey(applicationId, expertId, '').pk, ':prefix': expertReviewPrefix(expertId) },
        ProjectionExpression: 'documents, panelOrganisation',
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => ({
      requirements: new Set(Array.isArray(item['documents']) ? item['documents'].filter((id) => typeof id === 'string') : []),
      ...(typeof item['panelOrganisation'] === 'string' ? { panelOrganisation: item['panelOrganisation'] } : {}),
    }));
  }

  async ofApplication(applicationId: string): Promise<readonly Review[]> {
    return (await this.#partitionItems(applicationId, REVIEW_PREFIX)).map(toReview);
  }

  ofExpert(expertId: string, seasonId: string, page: PageRequest): Promise<Page<Review>> {
    return gsi1PartitionPage(this.#client, this.#tableName, expertSeasonReviewsPartition(expertId, seasonId), page, toReview);
  }

  async submittedScoresOf(expertId: string, seasonId: string, rubricId: string): Promise<readonly number[]> {
    const items = await this.#queryAll({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :rubric)',
      FilterExpression: '#status = :submitted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':pk': expertSeasonReviewsPartition(expertId, seasonId),
        ':rubric': `${rubricId}#`,
        ':submitted': 'submitted',
      },
      ProjectionExpression: 'weightedScore',
    });
    return items.flatMap((item) => (typeof item['weightedScore'] === 'number' ? [item['weightedScore']] : []));
  }

  async save(review: Review, expectedVersion: number, options: { readonly firstSubmission: boolean }): Promise<ReviewWriteOutcome> {
    return this.#save(review, expectedVersion, {
      ...options,
      countOnPool: options.firstSubmission && review.interviewEventId === undefined,
    });
  }

  async #save(
    review: Review,
    expectedVersion: number,
    options: { readonly firstSubmission: boolean; readonly countOnPool: boolean },
  ): Promise<ReviewWriteOutcome> {
    const put = {
      TableName: this.#tableName,
      Item: { ...reviewKeys(review), entity: ENTITY.review, ...review },
      ConditionExpression: '#version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': expectedVersion },
    };
    try {
      if (options.firstSubmission) {
        const pool = options.countOnPool
          ? [
              {
                // The expert's progress counts a review once, on its first submission; a pool member removed since has none to count.
                // An interview's scorecard took no capacity and counts on no one's progress.
                Update: {
                  TableName: this.#tableName,
                  Key: expertPoolMemberKey(review.seasonId, review.expertId),
                  UpdateExpression:
                    'SET submitted = submitted + :one, submittedByRubric.#rubric = if_not_exists(submittedByRubric.#rubric, :zero) + :one',
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeNames: { '#rubric': review.rubricId },
                  ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
                },
              },
            ]
          : [];
        // The season's counters count the completed review once, in the same transaction.
        await sendCounted(this.#client, this.#tableName, [{ Put: put }, ...pool], {
          applicationId: review.applicationId,
          event: 'review-completed',
          subject: review.rubricId,
          at: review.submittedAt ?? review.updatedAt,
        });
      } else {
        await this.#client.send(new PutCommand({ ...put, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
      }
      return { written: true, review };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { written: false, currentVersion: versionOf(error.Item) };
      const reasons = cancellationReasons(error);
      // A transaction's refusal carries no numbers back: one read names the version that won.
      if (reasons?.[0]?.code === 'ConditionalCheckFailed') {
        const current = await this.find(review.applicationId, review.expertId, review.rubricId);
        return { written: false, currentVersion: current?.version ?? 0 };
      }
      // The pool member is gone: the review still counts as submitted, only the progress figure has nowhere to go.
      if (options.countOnPool && reasons?.[1]?.code === 'ConditionalCheckFailed') {
        return this.#save(review, expectedVersion, { ...options, countOnPool: false });
      }
      throw error;
    }
  }

  async saveAggregate(applicationId: string, aggregate: RubricAggregate): Promise<'saved' | 'superseded'> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...rubricAggregateKey(applicationId, aggregate.rubricId), entity: ENTITY.rubricAggregate, ...aggregate },
          ConditionExpression: 'attribute_not_exists(pk) OR attribute_not_exists(basis) OR basis <= :basis',
          ExpressionAttributeValues: { ':basis': aggregate.basis ?? 0 },
        }),
      );
      return 'saved';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'superseded';
      throw error;
    }
  }

  async reviewsWithScores(
    applicationId: string,
  ): Promise<{ readonly reviews: readonly Review[]; readonly aggregates: readonly RubricAggregate[] }> {
    // REVIEW#… and SCORE#… are neighbours in the partition (nothing sorts between them): one Query
    // from the first review to just past the last score ('$' follows '#').
    const items = await this.#queryAll({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': rubricAggregateKey(applicationId, '').pk,
        ':from': REVIEW_PREFIX,
        ':to': `${RUBRIC_AGGREGATE_PREFIX.slice(0, -1)}$`,
      },
      ConsistentRead: true,
    });
    return {
      reviews: items.filter((item) => item['entity'] === ENTITY.review).map(toReview),
      aggregates: items.filter((item) => item['entity'] === ENTITY.rubricAggregate).map(toAggregate),
    };
  }

  #partitionItems(applicationId: string, prefix: string): Promise<Record<string, unknown>[]> {
    return this.#queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': rubricAggregateKey(applicationId, '').pk, ':prefix': prefix },
      ConsistentRead: true,
    });
  }

  /** Every item a Query answers, page after page (the lists here are an application's or an expert's few dozen). */
  async #queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({ ...input, TableName: this.#tableName, ExclusiveStartKey: start }),
      );
      items.push(...Items);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return items;
  }
}
