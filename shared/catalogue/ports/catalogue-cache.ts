/**
 * How long a container keeps a programme's settings or a season before reading them again.
 *
 * STALENESS BOUND: an edit of a programme or season (made through the programmes capability, which
 * always reads fresh) reaches applicants within CATALOGUE_CACHE_TTL_MS plus DynamoDB's
 * eventual-consistency lag (typically well under a second): each warm applications or documents
 * container keeps serving the copy it read until that copy is a TTL old. A season that staff close
 * may therefore take new drafts for up to a minute longer in some containers. That is acceptable
 * because catalogue config changes a few times a season, and the alternative is worse: at 1,000
 * submissions/s every request reading the same programme (~10 KB) and season item strongly
 * consistently puts thousands of RCU/s on ONE partition, past its 3,000 RCU/s limit.
 * With the cache that partition sees one read per warm container per TTL.
 */
export const CATALOGUE_CACHE_TTL_MS = 60_000;

/** The read side of a catalogue repository (ProgrammeRepository and SeasonRepository both fit). */
export interface CatalogueLookup<T> {
  find(id: string): Promise<T | undefined>;
}

interface Entry<T> {
  readonly value: Promise<T | undefined>;
  readonly expiresAt: number;
}

/**
 * A per-container, in-memory read-through cache decorating a catalogue repository's `find` (never
 * its writes, which stay on the repository and the programmes capability).
 *
 * - A hit younger than the TTL is answered from memory; an older one is read again.
 * - Concurrent misses of one id share one read (the in-flight promise is the entry).
 * - A missing item (undefined) and a failed read are NOT cached: a season being created, or a
 *   transient error, must not be remembered for a TTL. Probes of ids that do not exist therefore
 *   reach DynamoDB each time, but they spread over as many partitions as there are ids probed.
 * - Only items that exist are kept, so the cache is bounded by the size of the catalogue (a handful
 *   of programmes, tens of seasons); nothing an applicant sends can grow it.
 *
 * Time comes from the injected clock, so tests move time instead of waiting.
 */
export class CatalogueCache<T> implements CatalogueLookup<T> {
  readonly #source: CatalogueLookup<T>;
  readonly #ttlMs: number;
  readonly #clock: () => Date;
  readonly #entries = new Map<string, Entry<T>>();

  constructor(source: CatalogueLookup<T>, options: { readonly ttlMs?: number; readonly clock?: () => Date } = {}) {
    this.#source = source;
    this.#ttlMs = options.ttlMs ?? CATALOGUE_CACHE_TTL_MS;
    this.#clock = options.clock ?? (() => new Date());
  }

  find(id: string): Promise<T | undefined> {
    const now = this.#clock().getTime();
    const cached = this.#entries.get(id);
    if (cached !== undefined && now < cached.expiresAt) return cached.value;
    const value = this.#source.find(id);
    const entry: Entry<T> = { value, expiresAt: now + this.#ttlMs };
    this.#entries.set(id, entry);
    const forget = () => {
      // Only if no newer read replaced this one meanwhile.
      if (this.#entries.get(id) === entry) this.#entries.delete(id);
    };
    value.then((found) => (found === undefined ? forget() : undefined), forget);
    return value;
  }
}
