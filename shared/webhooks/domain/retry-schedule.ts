/**
 * How long after each failed attempt the next one comes: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h.
 * Eight attempts over about 45 hours ride out a receiver's bad night and a weekend deploy; after the
 * last the delivery is `failed` (and a manual redelivery starts a new series).
 */
export const WEBHOOK_RETRY_DELAYS_MS = [1, 5, 30, 120, 360, 720, 1440].map((minutes) => minutes * 60_000);
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/**
 * The wait after the `attempts`-th failed attempt of a series, ±25% jitter so the deliveries of one
 * outage do not all come back in the same second; undefined when the series is over.
 */
export const webhookRetryDelayMs = (attempts: number, random: () => number): number | undefined => {
  const step = WEBHOOK_RETRY_DELAYS_MS[attempts - 1];
  return step === undefined ? undefined : Math.round(step * (0.75 + random() * 0.5));
};

/** An endpoint every attempt of which has failed for this long is paused, and its owner mailed. */
export const PAUSE_AFTER_FAILING_MS = 24 * 60 * 60_000;

export const shouldPause = (failingSince: string, at: Date): boolean => at.getTime() - Date.parse(failingSince) >= PAUSE_AFTER_FAILING_MS;
