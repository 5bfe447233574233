import { settleInParallel, valuesOrFirstFailure } from '../../../platform/workflow/settle-in-parallel.ts';
import { TransientError } from '../../../platform/workflow/transient-error.ts';
import { csvLine } from '../../../platform/text/csv-line.ts';
import { scoreExportPartKey } from '../../domain/export/score-export-objects.ts';
import { scoreExportRows } from '../../domain/export/score-export-rows.ts';
import type { ExportShard } from '../../score-export-schema.ts';
import type { ScoreExportDependencies } from './score-export-dependencies.ts';

/** Applications per page: one index Query, one reviews Query each, one part object and one checkpoint write per page. */
export const SCORE_EXPORT_PAGE_SIZE = 200;
/** Applications of a page read at once. */
const AT_ONCE = 16;

/** Where a Map iteration of the scoreExport machine stands. */
export interface ExportPosition {
  readonly exportId: string;
  readonly seasonId: string;
  readonly shard: number;
}

/**
 * The scoreExport machine's ExportPage task: ONE page of one shard of the season's index.
 * 1. Query the next page from the shard's checkpoint (only id, stage and track of each application:
 *    the person is never read).
 * 2. Read each application's reviews and scores (one Query of its partition) and make its rows.
 * 3. Write the page's rows as the shard's next part object, then checkpoint the shard and the
 *    counts in one conditional write. A retry after a crash between the two rereads the same page
 *    from the same checkpoint and writes the same object again, so nothing is lost or doubled.
 */
export const exportScorePage = async (
  deps: Pick<ScoreExportDependencies, 'scoreExports' | 'applicationPages' | 'reviews' | 'exportFiles' | 'clock'>,
  position: ExportPosition,
  pageSize: number = SCORE_EXPORT_PAGE_SIZE,
): Promise<{ readonly done: boolean }> => {
  const run = await deps.scoreExports.find(position.seasonId, position.exportId);
  if (run === undefined) throw new Error('The run of a running score export is gone');
  const shard = run.shards[position.shard];
  if (shard === undefined) throw new Error(`The score export has no shard ${position.shard}`);
  if (shard.done) return { done: true };

  const page = await deps.applicationPages.page({
    seasonId: run.seasonId,
    shard: position.shard,
    stage: run.filters.stage,
    after: shard.after,
    limit: pageSize,
  });
  const rows = valuesOrFirstFailure(
    await settleInParallel(page.applications, AT_ONCE, async (application) => {
      const { reviews, aggregates } = await deps.reviews.reviewsWithScores(application.id);
      return scoreExportRows(run.layout, application, reviews, aggregates);
    }),
  ).flat();
  if (rows.length > 0) {
    await deps.exportFiles.putPart(scoreExportPartKey(run.id, position.shard, shard.parts), rows.map(csvLine).join(''));
  }
  const next: ExportShard = {
    page: shard.page + 1,
    parts: shard.parts + (rows.length > 0 ? 1 : 0),
    done: page.lastSortKey === undefined,
    ...(page.lastSortKey === undefined ? {} : { after: page.lastSortKey }),
  };
  const written = await deps.scoreExports.checkpointShard(
    run,
    position.shard,
    shard.page,
    next,
    { applications: page.applications.length, rows: rows.length },
    deps.clock().toISOString(),
  );
  if (written === 'moved-on') throw new TransientError(`Another execution advanced shard ${position.shard} of score export ${run.id}`);
  return { done: next.done };
};
