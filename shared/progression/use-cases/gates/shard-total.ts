import type { GateRun, ShardProgress } from '../../gate-run-schema.ts';
import type { StageIndexPages } from '../../ports/stage-index-pages.ts';

/**
 * On a shard's first page, how many applications it lists in the run's stage: counted before the
 * shard moves any, and added to the run's `total` by that page's checkpoint (so once per shard,
 * whatever is retried). Later pages count nothing.
 */
export const shardTotal = (
  deps: { readonly stagePages: Pick<StageIndexPages, 'count'> },
  run: GateRun,
  shard: number,
  progress: ShardProgress,
): Promise<number | undefined> =>
  progress.page === 0 ? deps.stagePages.count({ seasonId: run.seasonId, shard, stage: run.from }) : Promise.resolve(undefined);
