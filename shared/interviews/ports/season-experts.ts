/** Whether people are in a season's expert pool: the reviews capability owns the pool; the wiring plugs it in. */
export interface SeasonExperts {
  /** Those of `experts` not in the season's pool. */
  notInPool(seasonId: string, experts: readonly string[]): Promise<readonly string[]>;
}
