/**
 * Calendar quarters as the programmes report them: in Moscow time (UTC+3 all year since 2014), so a
 * move at 22:30 UTC on 30 September counts in the fourth quarter, as the staff who made it see it.
 */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;

/** `2026-Q3`: a quarter's id, as the counters key their figures by quarter. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export const moscowQuarter = (instant: string | number): string => {
  const moscow = new Date(new Date(instant).getTime() + MOSCOW_OFFSET_MS);
  return `${moscow.getUTCFullYear()}-Q${Math.floor(moscow.getUTCMonth() / 3) + 1}`;
};

const quarterIndex = (quarter: string): number => {
  const match = QUARTER_PATTERN.exec(quarter);
  if (match === null) throw new Error(`Not a quarter: ${quarter}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
};

const quarterOfIndex = (index: number): string => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/** Every quarter from the one holding `from` to the one holding `to`, in order (none when `to` is earlier). */
export const quartersBetween = (from: string, to: string): string[] => {
  const first = quarterIndex(moscowQuarter(from));
  const last = quarterIndex(moscowQuarter(to));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => quarterOfIndex(first + offset));
};
