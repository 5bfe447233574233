import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { DynamoDbScoreExportRuns } from '../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts';
import { DynamoDbSeasonApplicationPages } from '../../shared/adapters/dynamodb/dynamodb-season-application-pages.ts';
import { lazyScoreExportFiles } from '../../shared/adapters/s3/lazy-score-export-files.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ScoreExportDependencies } from '../../shared/reviews/use-cases/score-export/score-export-dependencies.ts';

/** What the scoreExport machine's tasks reach: the season's index, each application's reviews, the export's run and objects. */
export interface ExportsWiring {
  readonly scoreExport: Pick<ScoreExportDependencies, 'scoreExports' | 'applicationPages' | 'reviews' | 'exportFiles' | 'clock'>;
  /** Applications per page of a score export (else SCORE_EXPORT_PAGE_SIZE); tests set a small one to make shards span pages. */
  readonly pageSize?: number | undefined;
  /**
   * Bytes per part of an export's file (else EXPORT_PART_BYTES). Only tests set it, to make a small
   * file span several parts: S3 refuses a part under 5 MiB unless it is the last.
   */
  readonly partBytes?: number | undefined;
}

/**
 * Built once per Lambda container and shared by every task. The exports run in a Lambda of their
 * own: the S3 client's protocol code, shared at module level with the DynamoDB client's, would
 * otherwise sit in every cold start of the workflow function. S3 itself loads at the first step
 * that touches the bucket.
 */
export const wiring: () => ExportsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    scoreExport: {
      scoreExports: new DynamoDbScoreExportRuns(client, tableName),
      applicationPages: new DynamoDbSeasonApplicationPages(client, tableName),
      reviews: new DynamoDbReviewStore(client, tableName),
      exportFiles: lazyScoreExportFiles(() => requireEnv(ENV.documentsBucket)),
      clock: () => new Date(),
    },
  };
});
