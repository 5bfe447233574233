import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { calendarJobSchema, type CalendarJob, type CalendarJobResult } from '../../progression/calendar-job-schema.ts';
import type { CalendarJobRepository } from '../../progression/ports/calendar-job-repository.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import {
  CALENDAR_DUE_PARTITION,
  CALENDAR_JOB_PREFIX,
  ENTITY,
  KEY_ATTRIBUTES,
  calendarDueBound,
  calendarDueIndexKeys,
  calendarJobKey,
} from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';

const toJob = (item: Record<string, unknown>): CalendarJob => calendarJobSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));

/** Calendar jobs in their season's partition, pending ones also in the `CALENDAR#DUE` index partition (keys.ts). */
export class DynamoDbCalendarJobs implements CalendarJobRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async schedule(jobs: readonly CalendarJob[]): Promise<number> {
    const written = await Promise.all(
      jobs.map(async (job) => {
        try {
          await this.#client.send(
            new PutCommand(
              putOnce(this.#tableName, {
                ...calendarJobKey(job.seasonId, job.id),
                ...calendarDueIndexKeys(job.seasonId, job.id, job.dueAt),
                entity: ENTITY.calendarJob,
                ...job,
              }),
            ),
          );
          return 1;
        } catch (error) {
          if (isConditionalCheckFailed(error)) return 0;
          throw error;
        }
      }),
    );
    return written.reduce<number>((sum, one) => sum + one, 0);
  }

  async listDue(now: Date, limit: number): Promise<readonly CalendarJob[]> {
    const { Items } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :due AND gsi1sk <= :bound',
        ExpressionAttributeValues: { ':due': CALENDAR_DUE_PARTITION, ':bound': calendarDueBound(now.toISOString()) },
        Limit: limit,
      }),
    );
    return (Items ?? []).map(toJob);
  }

  async claim(job: Pick<CalendarJob, 'seasonId' | 'id'>, now: Date, leaseSeconds: number): Promise<CalendarJob | undefined> {
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: calendarJobKey(job.seasonId, job.id),
          UpdateExpression: 'SET #status = :claimed, claimedUntil = :until, attempts = attempts + :one, updatedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND (#status = :pending OR (#status = :claimed AND claimedUntil < :now))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':claimed': 'claimed',
            ':pending': 'pending',
            ':until': new Date(now.getTime() + leaseSeconds * 1000).toISOString(),
            ':one': 1,
            ':now': now.toISOString(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes === undefined ? undefined : toJob(Attributes);
    } catch (error) {
      if (isConditionalCheckFailed(error)) return undefined;
      throw error;
    }
  }

  async settle(
    job: Pick<CalendarJob, 'seasonId' | 'id' | 'attempts'>,
    status: 'done' | 'pending',
    result: CalendarJobResult,
    at: Date,
  ): Promise<'settled' | 'claim-lost'> {
    const sets = ['#status = :status', 'outcome = :outcome', 'updatedAt = :at'];
    const removes = ['claimedUntil'];
    const values: Record<string, unknown> = {
      ':status': status,
      ':outcome': result.outcome,
      ':at': at.toISOString(),
      ':claimed': 'claimed',
      ':attempts': job.attempts,
    };
    if (result.detail === undefined) removes.push('detail');
    else {
      sets.push('detail = :detail');
      values[':detail'] = result.detail.slice(0, 200);
    }
    if (result.gateRunId !== undefined) {
      sets.push('gateRunId = :gateRunId');
      values[':gateRunId'] = result.gateRunId;
    }
    if (status === 'done') {
      sets.push('doneAt = :at');
      // Out of the due index for good: a done job is never listed, let alone run, again.
      removes.push('gsi1pk', 'gsi1sk');
    }
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: calendarJobKey(job.seasonId, job.id),
          UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`,
          // Only the claim that is still ours: a tick whose lease lapsed and was taken over says nothing.
          ConditionExpression: '#status = :claimed AND attempts = :attempts',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
        }),
      );
      return 'settled';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'claim-lost';
      throw error;
    }
  }

  async listForSeason(seasonId: string): Promise<readonly CalendarJob[]> {
    const jobs: CalendarJob[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': calendarJobKey(seasonId, '').pk, ':prefix': CALENDAR_JOB_PREFIX },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      jobs.push(...(page.Items ?? []).map(toJob));
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return jobs;
  }
}
