/** The first retry of a mail SES turned away for a transient fault; each further one waits twice as long. */
export const FIRST_RETRY_DELAY_MS = 30_000;
/** An hour: SES faults (throttling, an outage) rarely outlast it, and a receipt days late helps nobody. */
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

/**
 * How long a mail waits after its `attempts`-th transient fault: exponential, capped, with "equal
 * jitter" (half fixed, half random) so the mails of one outage do not all come due in the same
 * second, yet none comes back sooner than half its step.
 */
export const mailRetryDelayMs = (attempts: number, random: () => number, firstDelayMs: number = FIRST_RETRY_DELAY_MS): number => {
  const step = Math.min(MAX_RETRY_DELAY_MS, firstDelayMs * 2 ** Math.max(0, attempts - 1));
  return step / 2 + random() * (step / 2);
};
