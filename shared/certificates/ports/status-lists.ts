/** A revocation status list as stored: the slots revoked so far, how many changes it has seen, and which change was last published. */
export interface StatusListSnapshot {
  readonly listId: number;
  readonly revoked: readonly number[];
  /** Counts revocations: each one makes the published list stale until a publication catches up. */
  readonly revision: number;
  /** The revision the published file shows; undefined before the first publication. */
  readonly published: number | undefined;
}

/**
 * Revocation status lists. A revocation adds its slot atomically (a set that only grows), so
 * revocations at the same moment never lose a bit; publication records the revision it put out,
 * only ever moving forwards.
 */
export interface StatusLists {
  /** Adds the slot to the list's revoked set; answers the list's new revision. */
  revoke(listId: number, index: number): Promise<number>;
  snapshot(listId: number): Promise<StatusListSnapshot>;
  /** Records `revision` as published unless a later one already is; false when it was. */
  markPublished(listId: number, revision: number): Promise<boolean>;
  /** Lists whose latest revision is not published yet (one a revocation's publication did not finish). */
  unpublished(): Promise<readonly number[]>;
}
