import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** A refused condition is an answer ("taken", "stale", "already sent"), not a fault. */
export const isConditionalCheckFailed = (error: unknown): error is ConditionalCheckFailedException =>
  error instanceof ConditionalCheckFailedException;

export const withoutAttributes = (item: Record<string, unknown>, names: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !names.includes(name)));
