import type { ExportedApplication } from '../domain/export/score-export-rows.ts';

/** A page of one shard of a season's applications, in index order. */
export interface SeasonApplicationPage {
  readonly applications: readonly ExportedApplication[];
  /** Where the next page starts; undefined when the shard is exhausted. */
  readonly lastSortKey: string | undefined;
}

/** The season's sharded staff index, read a page at a time (the applications module owns it; the wiring plugs it in). */
export interface SeasonApplicationPages {
  page(request: {
    readonly seasonId: string;
    readonly shard: number;
    /** Only applications now at this stage; undefined: every stage. */
    readonly stage: string | undefined;
    readonly after: string | undefined;
    readonly limit: number;
  }): Promise<SeasonApplicationPage>;
}
