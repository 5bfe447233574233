/**
 * Holds one drainer to `ratePerSecond` in EVERY one-second window, not just per calendar second:
 * a send waits until the send `ratePerSecond` places before it is a full second old. (The shared
 * per-second counter, SendWindow, is what holds two overlapping drainers to the rate; alone it
 * would allow a burst of twice the rate across a second boundary.)
 */
export class SendPacer {
  readonly #ratePerSecond: number;
  readonly #recent: number[] = [];

  constructor(ratePerSecond: number) {
    this.#ratePerSecond = ratePerSecond;
  }

  /** Milliseconds to wait at `now` before the next send may go. */
  waitMs(now: number): number {
    if (this.#recent.length < this.#ratePerSecond) return 0;
    const oldest = this.#recent[this.#recent.length - this.#ratePerSecond] ?? 0;
    return Math.max(0, oldest + 1000 - now);
  }

  record(sentAt: number): void {
    this.#recent.push(sentAt);
    if (this.#recent.length > this.#ratePerSecond) this.#recent.shift();
  }
}
