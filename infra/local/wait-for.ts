import { setTimeout as delay } from 'node:timers/promises';

export interface WaitForOptions {
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  /** What is awaited, for the timeout message ("DynamoDB Local to answer"). */
  readonly description: string;
  /** Gives up at once when aborted, e.g. when the process being waited for has exited. */
  readonly signal?: AbortSignal;
}

/**
 * Polls `probe` until it returns a value other than `undefined`/`false` and returns that value.
 * A probe that throws counts as "not yet"; its last error is reported on timeout. This is the
 * one place where waiting uses a timer: the timer is the polling interval, never a guess at
 * how long something takes.
 */
export const waitFor = async <T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 10_000, intervalMs = 50, description, signal }: WaitForOptions,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    signal?.throwIfAborted();
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${reason}`);
    }
    await delay(intervalMs, undefined, { signal });
  }
};
