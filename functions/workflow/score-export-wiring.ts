import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { DynamoDbScoreExportRuns } from '../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts';
import { DynamoDbSeasonApplicationPages } from '../../shared/adapters/dynamodb/dynamodb-season-application-pages.ts';
import { lazyScoreExportFiles } from '../../shared/adapters/s3/lazy-score-export-files.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import type { ScoreExportTaskDependencies } from './wiring.ts';

/**
 * The score export tasks' adapters. Loaded and built at the first such task of a container (a chunk
 * of its own, wiring.ts), so a container running only gates and transitions never reads the
 * exports' code; the S3 client loads later still, at the first step that touches the bucket.
 */
export const scoreExportWiring = (client: DynamoDBDocumentClient, tableName: string, clock: () => Date): ScoreExportTaskDependencies => ({
  scoreExports: new DynamoDbScoreExportRuns(client, tableName),
  applicationPages: new DynamoDbSeasonApplicationPages(client, tableName),
  reviews: new DynamoDbReviewStore(client, tableName),
  exportFiles: lazyScoreExportFiles(() => requireEnv(ENV.documentsBucket)),
  clock,
});
