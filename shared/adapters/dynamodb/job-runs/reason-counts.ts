/** Parts of an update expression: SET clauses with the attribute names and values they use. */
export interface UpdateClauses {
  readonly sets: readonly string[];
  readonly names: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * SET clauses adding a page's count per reason into a run's map of counts (`map`, a top-level
 * attribute): a reason the map does not hold yet starts from zero. `tag` keeps the placeholders of
 * two maps in one update apart. DynamoDB refuses an unused value, so only counts carry the zero.
 */
export const addReasonCounts = (map: string, counts: Readonly<Record<string, number | undefined>>, tag: string): UpdateClauses => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(counts).map(([reason, count], index) => {
    names[`#${tag}${index}`] = reason;
    values[`:${tag}${index}`] = count;
    return `${map}.#${tag}${index} = if_not_exists(${map}.#${tag}${index}, :zero) + :${tag}${index}`;
  });
  return { sets, names, values: sets.length === 0 ? values : { ...values, ':zero': 0 } };
};
