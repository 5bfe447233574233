import { moscowQuarterOf } from '../../counters/domain/moscow-quarter.ts';

/** `2026-Q3`: a calendar quarter in Moscow time, as the counters key their figures by quarter. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

const quarterIndex = (quarter: string): number => {
  const match = QUARTER_PATTERN.exec(quarter);
  if (match === null) throw new Error(`Not a quarter: ${quarter}`);
  return Number(match[1]) * 4 + Number(match[2]) - 1;
};

const quarterOfIndex = (index: number): string => `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;

/** Every quarter (Moscow time) from the one holding `from` to the one holding `to`, in order (none when `to` is earlier). */
export const quartersBetween = (from: string, to: string): string[] => {
  const first = quarterIndex(moscowQuarterOf(from));
  const last = quarterIndex(moscowQuarterOf(to));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, offset) => quarterOfIndex(first + offset));
};
