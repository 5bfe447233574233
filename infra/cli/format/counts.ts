/** `reason 3, other 1`, biggest first; empty when nothing was counted. */
export const reasonCounts = (reasons: Readonly<Record<string, number | undefined>>): string =>
  Object.entries(reasons)
    .filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] > 0)
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');

/** ` (reason 3, other 1)`, or nothing when no reason was counted. */
export const inParentheses = (reasons: Readonly<Record<string, number | undefined>>): string => {
  const text = reasonCounts(reasons);
  return text === '' ? '' : ` (${text})`;
};
