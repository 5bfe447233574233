const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The days a session may be logged for: from the day the mentor agreed (the pair exists from
 * then) to tomorrow, so a mentor far east of UTC logs today's meeting by their own calendar, and
 * nobody logs one a week ahead. Dates are ISO calendar dates, compared as text.
 */
export const sessionWindow = (agreedAt: string, now: Date): { readonly earliest: string; readonly latest: string } => ({
  earliest: agreedAt.slice(0, 10),
  latest: new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10),
});

export const withinSessionWindow = (date: string, window: { readonly earliest: string; readonly latest: string }): boolean =>
  date >= window.earliest && date <= window.latest;
