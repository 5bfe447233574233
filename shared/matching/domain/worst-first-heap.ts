/**
 * The proposers a receiver holds, the one it likes least on top: a binary max-heap of preference
 * keys (lower key = preferred), so a proposal costs O(log capacity) — compare with the top, and
 * swap it out when the newcomer is preferred — instead of a sort of the held list per proposal.
 */
export class WorstFirstHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The key of the least preferred item held; only called on a non-empty heap. */
  worstKey(): number {
    return this.keys[0] ?? Number.NEGATIVE_INFINITY;
  }

  push(item: number, key: number): void {
    let at = this.keys.length;
    this.keys.push(key);
    this.items.push(item);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keyAt(parent) >= key) break;
      this.move(parent, at);
      at = parent;
    }
    this.keys[at] = key;
    this.items[at] = item;
  }

  /** Takes out the least preferred item and answers it; only called on a non-empty heap. */
  popWorst(): number {
    const worst = this.items[0] ?? -1;
    const lastKey = this.keys.pop() ?? 0;
    const lastItem = this.items.pop() ?? -1;
    const size = this.keys.length;
    if (size === 0) return worst;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const larger = right < size && this.keyAt(right) > this.keyAt(left) ? right : left;
      if (this.keyAt(larger) <= lastKey) break;
      this.move(larger, at);
      at = larger;
    }
    this.keys[at] = lastKey;
    this.items[at] = lastItem;
    return worst;
  }

  private keyAt(at: number): number {
    return this.keys[at] ?? Number.NEGATIVE_INFINITY;
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keyAt(from);
    this.items[to] = this.items[from] ?? -1;
  }
}
