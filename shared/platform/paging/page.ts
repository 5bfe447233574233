/** Every list is paged; the cursor is opaque to callers and validated by the adapter that issued it. */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Absent on the last page. */
  readonly nextCursor?: string | undefined;
}
