import { randomUUID } from 'node:crypto';
import { wiring } from '../../functions/mail/wiring.ts';
import { drainMailQueue, type DrainReport } from '../../shared/mail/use-cases/drain-mail-queue.ts';
import { waitFor } from './wait-for.ts';

/**
 * Tests deliver queued mail the way the `mailDrain` schedule does in AWS and in `npm start`: by
 * running the drainer (the mail Lambda's own use case and adapters, in this process, against the
 * test env's table and SES server). Integration tests run no scheduler, so they drain when they
 * expect mail. The rate is high because every test process shares the one queue and a gate test
 * queues hundreds of mails; the rate limit itself is tested on a queue of its own.
 */
const TEST_RATE_PER_SECOND = 200;
const RUN_BUDGET_MS = 3_000;

const drainOnce = (): Promise<DrainReport> =>
  drainMailQueue(wiring().drain, { ratePerSecond: TEST_RATE_PER_SECOND, budgetMs: RUN_BUDGET_MS, holder: `test-${randomUUID()}` });

/**
 * Drains the queue (another test process may hold the drainer's lease: then it drains for us)
 * until `condition` holds, e.g. "a mail to X is in the SES store", and returns its value.
 */
export const deliverQueuedMail = <T>(
  condition: () => Promise<T | undefined | false>,
  options: { readonly description: string; readonly timeoutMs?: number },
): Promise<T> =>
  waitFor(
    async () => {
      await drainOnce();
      return condition();
    },
    { description: options.description, timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 50 },
  );

/**
 * Drains until one of this process's runs finds nothing due: every mail queued before the call
 * has then been sent (or failed, or put off by a transient fault). For "exactly one mail" checks.
 */
export const deliverAllQueuedMail = async (options: { readonly timeoutMs?: number } = {}): Promise<void> => {
  await waitFor(async () => (await drainOnce()).outcome === 'drained', {
    description: 'the mail queue to be empty',
    timeoutMs: options.timeoutMs ?? 60_000,
    intervalMs: 50,
  });
};
