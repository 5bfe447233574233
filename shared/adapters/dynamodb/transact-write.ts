import type { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { cancellationReasons } from './transaction-cancellation.ts';

/** Enough rounds for twenty writers racing on one item to settle; each round waits longer. */
export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 15;
const MAX_DELAY_MS = 400;

/**
 * Sends a transaction, retrying while DynamoDB cancels it only because another transaction was
 * writing the same items (`TransactionConflict`). That is contention, not a refusal: the SDK does
 * not retry it, and giving up would turn a deadline rush into errors, or let every racer lose at
 * once. A refused condition is never retried; it is the caller's answer. Full-jitter backoff
 * spreads the racers out.
 */
export const transactWrite = async (client: Pick<DynamoDBDocumentClient, 'send'>, command: TransactWriteCommand): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await client.send(command);
      return;
    } catch (error) {
      const reasons = cancellationReasons(error);
      const onlyContention =
        reasons?.some((reason) => reason.code === 'TransactionConflict') === true &&
        reasons.every((reason) => reason.code === 'TransactionConflict' || reason.code === 'None');
      if (!onlyContention || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt)));
    }
  }
};
