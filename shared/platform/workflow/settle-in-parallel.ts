/**
 * Runs `work` on every item, at most `limit` at a time, and settles them all (like
 * Promise.allSettled): a gate's page does one application's I/O while waiting on another's, without
 * opening a hundred requests at once, and one application's failure never stops the others.
 */
export const settleInParallel = async <T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> => {
  const results: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      const item = items[index] as T;
      next += 1;
      try {
        results[index] = { status: 'fulfilled', value: await work(item) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};

/** The values, or the first failure once every item has been tried. */
export const valuesOrFirstFailure = <R>(results: readonly PromiseSettledResult<R>[]): R[] => {
  const failure = results.find((result) => result.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
};
