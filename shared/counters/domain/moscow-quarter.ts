/** Moscow time is UTC+3 all year (no daylight saving since 2014). */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** The calendar quarter of an instant in Moscow time, as the reports name it: `2026-Q3`. */
export const moscowQuarterOf = (iso: string): string => {
  const moscow = new Date(new Date(iso).getTime() + MOSCOW_OFFSET_MS);
  return `${moscow.getUTCFullYear()}-Q${Math.floor(moscow.getUTCMonth() / 3) + 1}`;
};
