/** One page of a shard of the season's stage index (keys.ts: gsi2, sort key STAGE#<stage>#…). */
export interface StageIndexPage {
  readonly applicationIds: readonly string[];
  /** The index sort key the page stopped at; undefined when the shard has nothing more in the stage. */
  readonly lastSortKey: string | undefined;
}

/** Pages through the applications of a season in a stage, shard by shard, resuming after a sort key. */
export interface StageIndexPages {
  page(request: {
    readonly seasonId: string;
    readonly shard: number;
    readonly stage: string;
    readonly after: string | undefined;
    readonly limit: number;
  }): Promise<StageIndexPage>;
  /** How many applications of the season one shard lists in the stage (a gate's progress total). */
  count(request: { readonly seasonId: string; readonly shard: number; readonly stage: string }): Promise<number>;
}
