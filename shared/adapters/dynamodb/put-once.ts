/**
 * "Only if nothing is stored under this key yet": every item has a `pk`, so its absence means no
 * item. A write under it creates and never overwrites; a second write of the same key is refused
 * (ConditionalCheckFailed), which callers read as "exists already" or "already recorded". Also the
 * creating branch of writes that otherwise expect a version, and one alternative of a lease's
 * condition.
 */
export const ITEM_ABSENT = 'attribute_not_exists(pk)';

/** A Put that creates its item once: sent alone (PutCommand) or as a transaction's `Put`. */
export const putOnce = (tableName: string, item: Record<string, unknown>) => ({
  TableName: tableName,
  Item: item,
  ConditionExpression: ITEM_ABSENT,
});
