/** Who joins and who leaves when a team's people change from `before` to `after` (members and mentor alike). */
export const planTeamChange = (
  before: readonly string[],
  after: readonly string[],
): { readonly joining: string[]; readonly leaving: string[] } => {
  const was = new Set(before);
  const will = new Set(after);
  return { joining: after.filter((id) => !was.has(id)), leaving: before.filter((id) => !will.has(id)) };
};

/** DynamoDB's limit on the actions of one transaction. */
export const MAX_TRANSACTION_ACTIONS = 100;

/** The team item, a guard Put and an application ConditionCheck per joiner, a guard Delete per leaver. */
export const saveActionCount = (change: { readonly joining: readonly unknown[]; readonly leaving: readonly unknown[] }): number =>
  1 + 2 * change.joining.length + change.leaving.length;
