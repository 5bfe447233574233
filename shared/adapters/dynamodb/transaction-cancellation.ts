import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/**
 * Why DynamoDB cancelled a transaction, per action in the order they were sent: `ConditionalCheckFailed`
 * (with the item as it is, when ReturnValuesOnConditionCheckFailure asked for it), `TransactionConflict`
 * (another transaction was writing the same item), `None` for actions that were fine.
 */
export interface CancellationReason {
  readonly code: string;
  /** Top-level string attributes of the refused item (the SDK leaves them in wire format). */
  readonly item: Readonly<Record<string, string>> | undefined;
}

const stringAttributes = (item: Record<string, unknown> | undefined): Record<string, string> | undefined =>
  item === undefined
    ? undefined
    : Object.fromEntries(
        Object.entries(item).flatMap(([name, value]) => {
          if (typeof value === 'string') return [[name, value]];
          const wire = (value as { S?: unknown } | null)?.S;
          return typeof wire === 'string' ? [[name, wire]] : [];
        }),
      );

/** The reasons of a cancelled transaction, or undefined for any other error. */
export const cancellationReasons = (error: unknown): readonly CancellationReason[] | undefined =>
  error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map((reason) => ({
        code: reason.Code ?? 'None',
        item: stringAttributes(reason.Item as Record<string, unknown> | undefined),
      }))
    : undefined;
