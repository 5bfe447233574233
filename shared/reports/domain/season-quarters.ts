import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { quartersBetween } from './moscow-quarter.ts';

/** The quarters a season's calendar spans, from its first window's opening to its last window's closing (Moscow time). */
export const seasonQuarters = (season: Pick<Season, 'calendar'>): string[] => {
  const opens = season.calendar.map((window) => Date.parse(window.opensAt));
  const closes = season.calendar.map((window) => Date.parse(window.closesAt));
  if (opens.length === 0) return [];
  return quartersBetween(new Date(Math.min(...opens)).toISOString(), new Date(Math.max(...closes)).toISOString());
};
