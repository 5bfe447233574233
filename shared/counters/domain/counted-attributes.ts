import { COUNTED_EVENTS, type CountedEvent } from './season-counts.ts';

/**
 * The attribute names of a counter item (stored data: renaming one means rebuilding every season).
 * A stage item (one per shard, generation, region and stage) holds one number per figure and
 * (track, role); an event item (one per shard, generation and region) one per event and subject.
 * Ids are slugs (lowercase latin letters, digits, hyphens), so `#` separates them unambiguously.
 */
export const nowAttribute = (track: string, role: string): string => `now#${track}#${role}`;
export const enteredAttribute = (track: string, role: string): string => `in#${track}#${role}`;
export const enteredInQuarterAttribute = (quarter: string, track: string, role: string): string => `q#${quarter}#${track}#${role}`;
export const timeBucketAttribute = (bucket: number): string => `t#${bucket}`;
/** Moves out of the stage, and the seconds spent in it summed over them. */
export const MOVES_OUT_ATTRIBUTE = 'tn';
export const SECONDS_IN_STAGE_ATTRIBUTE = 'ts';
export const eventAttribute = (event: CountedEvent, subject: string): string => `e#${event}#${subject}`;
export const eventInQuarterAttribute = (event: CountedEvent, subject: string, quarter: string): string =>
  `eq#${event}#${subject}#${quarter}`;

export type ParsedCounterAttribute =
  | { readonly kind: 'now' | 'entered'; readonly track: string; readonly role: string }
  | { readonly kind: 'entered-in-quarter'; readonly quarter: string; readonly track: string; readonly role: string }
  | { readonly kind: 'time-bucket'; readonly bucket: number }
  | { readonly kind: 'moves-out' | 'seconds-in-stage' }
  | { readonly kind: 'event'; readonly event: CountedEvent; readonly subject: string }
  | { readonly kind: 'event-in-quarter'; readonly event: CountedEvent; readonly subject: string; readonly quarter: string };

const isCountedEvent = (value: string | undefined): value is CountedEvent => (COUNTED_EVENTS as readonly string[]).includes(value ?? '');

/** What a stored attribute counts; undefined for the item's plain attributes (keys, season, region, stage). */
export const parseCounterAttribute = (name: string): ParsedCounterAttribute | undefined => {
  if (name === MOVES_OUT_ATTRIBUTE) return { kind: 'moves-out' };
  if (name === SECONDS_IN_STAGE_ATTRIBUTE) return { kind: 'seconds-in-stage' };
  const [head, a, b, c, ...rest] = name.split('#');
  if (rest.length > 0 || a === undefined) return undefined;
  if (head === 'now' && b !== undefined && c === undefined) return { kind: 'now', track: a, role: b };
  if (head === 'in' && b !== undefined && c === undefined) return { kind: 'entered', track: a, role: b };
  if (head === 'q' && b !== undefined && c !== undefined) return { kind: 'entered-in-quarter', quarter: a, track: b, role: c };
  if (head === 't' && b === undefined && /^\d+$/.test(a)) return { kind: 'time-bucket', bucket: Number(a) };
  if (head === 'e' && isCountedEvent(a) && b !== undefined && c === undefined) return { kind: 'event', event: a, subject: b };
  if (head === 'eq' && isCountedEvent(a) && b !== undefined && c !== undefined)
    return { kind: 'event-in-quarter', event: a, subject: b, quarter: c };
  return undefined;
};
