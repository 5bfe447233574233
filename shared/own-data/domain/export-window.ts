/**
 * How many exports one person may ask for, and over how long: an export reads every record they
 * have (a few dozen Queries), so a script asking in a loop would cost the table; a person wanting
 * their data again after a change waits at most an hour.
 */
export const EXPORT_LIMITS = { perWindow: 5, windowSeconds: 3600 } as const;

export interface ExportWindow {
  /** When the window began, in epoch seconds: the window's name. */
  readonly start: number;
  readonly seconds: number;
  /** Whole seconds until the next window, at least 1: what a refused caller is told to wait. */
  readonly secondsLeft: number;
}

/** The fixed window `at` falls in (windows aligned to the epoch). */
export const exportWindowAt = (at: Date, seconds: number): ExportWindow => {
  const now = at.getTime() / 1000;
  const start = Math.floor(now / seconds) * seconds;
  return { start, seconds, secondsLeft: Math.max(1, Math.ceil(start + seconds - now)) };
};
