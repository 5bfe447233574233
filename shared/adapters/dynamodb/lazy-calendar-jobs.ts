import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once } from '../../platform/wiring/once.ts';
import type { CalendarJobRepository } from '../../progression/ports/calendar-job-repository.ts';

/**
 * The calendar jobs of dynamodb-calendar-jobs.ts, loaded at their first use: the workflow function
 * writes them only when it publishes a season, so its cold start (every transition's) does not read them.
 */
export const lazyCalendarJobs = (client: DynamoDBDocumentClient, tableName: string): CalendarJobRepository => {
  const jobs = once(() => import('./dynamodb-calendar-jobs.ts').then((module) => new module.DynamoDbCalendarJobs(client, tableName)));
  return {
    schedule: async (scheduled) => (await jobs()).schedule(scheduled),
    listDue: async (now, limit) => (await jobs()).listDue(now, limit),
    claim: async (job, now, leaseSeconds) => (await jobs()).claim(job, now, leaseSeconds),
    settle: async (job, status, result, at) => (await jobs()).settle(job, status, result, at),
    listForSeason: async (seasonId) => (await jobs()).listForSeason(seasonId),
  };
};
