import type { FilterPattern } from '../../config/webhook-event-source.ts';

/**
 * Lambda's event filtering as the local stream reader needs it: a pattern's object descends into
 * the field of that name, its array lists the values the field may have. Lambda's other operators
 * (prefix, numeric ranges, exists) are not used by any pattern here; the types keep them out.
 */
export const matchesFilterPattern = (pattern: FilterPattern, value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return Object.entries(pattern).every(([field, expected]) => {
    const actual = fields[field];
    return isValueList(expected) ? typeof actual === 'string' && expected.includes(actual) : matchesFilterPattern(expected, actual);
  });
};

/** Passes a record that matches any one of the patterns, as a mapping's filters do. */
export const matchesAnyFilterPattern = (patterns: readonly FilterPattern[], value: unknown): boolean =>
  patterns.some((pattern) => matchesFilterPattern(pattern, value));

const isValueList = (entry: FilterPattern | readonly string[]): entry is readonly string[] => Array.isArray(entry);
