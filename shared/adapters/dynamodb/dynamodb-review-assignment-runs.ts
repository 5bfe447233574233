import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  ENTITY,
  reviewAssignmentLockKey,
  reviewAssignmentRunIndexKeys,
  reviewAssignmentRunKey,
  reviewAssignmentRunsPartition,
  runningReviewAssignmentIndexKeys,
} from '../../platform/keys/keys.ts';
import type { ReviewAssignmentRuns } from '../../reviews/ports/review-assignment-runs.ts';
import {
  reviewAssignmentRunSchema,
  type AssignmentPageCounts,
  type AssignmentRunCursor,
  type ReviewAssignmentRun,
  type ReviewAssignmentRunFailure,
} from '../../reviews/review-assignment-run-schema.ts';
import { DynamoDbJobRuns } from './job-runs/dynamodb-job-runs.ts';
import { addReasonCounts } from './job-runs/reason-counts.ts';

type LockedRun = Pick<ReviewAssignmentRun, 'seasonId' | 'id' | 'stage' | 'rubricId'>;

/** Review assignment runs and their locks (one per stage and rubric) in the season's partition; the season's list in gsi1 (keys.ts). */
export class DynamoDbReviewAssignmentRuns
  extends DynamoDbJobRuns<ReviewAssignmentRun, ReviewAssignmentRunFailure, LockedRun>
  implements ReviewAssignmentRuns
{
  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName, {
      schema: reviewAssignmentRunSchema,
      entity: ENTITY.reviewAssignmentRun,
      key: reviewAssignmentRunKey,
      listKeys: reviewAssignmentRunIndexKeys,
      listPartition: reviewAssignmentRunsPartition,
      lock: (run) => ({
        key: reviewAssignmentLockKey(run.seasonId, run.stage, run.rubricId),
        entity: ENTITY.reviewAssignmentLock,
        running: runningReviewAssignmentIndexKeys(run.seasonId, run.id),
      }),
    });
  }

  checkpoint(
    run: ReviewAssignmentRun,
    execution: number,
    next: AssignmentRunCursor,
    counts: AssignmentPageCounts,
    at: string,
  ): Promise<'written' | 'moved-on'> {
    const reasons = addReasonCounts('shortReasons', counts.shortReasons, 'r');
    return this.updateRunning(run, execution, {
      UpdateExpression: [
        [
          'SET pages = pages + :one',
          'applications = applications + :applications',
          'assigned = assigned + :assigned',
          '#short = #short + :short',
          '#done = :done',
          'updatedAt = :at',
          ...(next.cursor === undefined ? [] : ['#cursor = :cursor']),
          ...reasons.sets,
        ].join(', '),
        ...(next.cursor === undefined ? ['REMOVE #cursor'] : []),
      ].join(' '),
      ConditionExpression: 'pages = :expected',
      ExpressionAttributeNames: { ...reasons.names, '#short': 'short', '#done': 'done', '#cursor': 'cursor' },
      ExpressionAttributeValues: {
        ...reasons.values,
        ':expected': run.pages,
        ':one': 1,
        ':applications': counts.applications,
        ':assigned': counts.assigned,
        ':short': counts.short,
        ':done': next.done,
        ':at': at,
        ...(next.cursor === undefined ? {} : { ':cursor': next.cursor }),
      },
    });
  }
}
