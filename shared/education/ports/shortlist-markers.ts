/** What the shortlist marker says, for staff reading it. */
export interface ShortlistMarker {
  readonly applicationId: string;
  readonly seasonId: string;
  /** The stage the programme's shortlist rule admits to. */
  readonly stage: string;
  readonly at: string;
}

/**
 * The write side of the shortlist marker (the read side is the applications' ShortlistReader).
 * Both writes are idempotent: marking again keeps the first time, unmarking a missing marker is a no-op.
 */
export interface ShortlistMarkers {
  mark(marker: ShortlistMarker): Promise<void>;
  unmark(applicationId: string): Promise<void>;
}
