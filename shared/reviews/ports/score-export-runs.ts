import type { ExportAssembly, ExportShard, ScoreExport } from '../score-export-schema.ts';

/** Score exports, each in its season's partition: the run is its own checkpoint (score-export-schema.ts). */
export interface ScoreExportRuns {
  /** How many shards the season's index has: one Map iteration each. */
  readonly shards: number;
  create(run: ScoreExport): Promise<void>;
  /** Read strongly consistently: a task decides from the latest checkpoint. */
  find(seasonId: string, exportId: string): Promise<ScoreExport | undefined>;
  /**
   * The shard's next position and the page's counts in one write, only if the shard is still at
   * `expectedPage` ('moved-on': another execution got there first).
   */
  checkpointShard(
    run: Pick<ScoreExport, 'seasonId' | 'id'>,
    shard: number,
    expectedPage: number,
    next: ExportShard,
    counts: { readonly applications: number; readonly rows: number },
    at: string,
  ): Promise<'written' | 'moved-on'>;
  /** The assembly's next position, only if it still has `expectedParts` parts uploaded (none: it starts). */
  checkpointAssembly(
    run: Pick<ScoreExport, 'seasonId' | 'id'>,
    expectedParts: number | undefined,
    assembly: ExportAssembly,
    at: string,
  ): Promise<'written' | 'moved-on'>;
  finish(run: Pick<ScoreExport, 'seasonId' | 'id'>, file: NonNullable<ScoreExport['file']>, at: string): Promise<void>;
  fail(run: Pick<ScoreExport, 'seasonId' | 'id'>, failure: NonNullable<ScoreExport['failure']>, at: string): Promise<void>;
}
