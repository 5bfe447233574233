import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { MAIN_MAIL_QUEUE } from '../../shared/adapters/dynamodb/dynamodb-mail-items.ts';
import { DynamoDbMailDrainLease } from '../../shared/adapters/dynamodb/dynamodb-mail-drain-lease.ts';
import { DynamoDbMailOutbox } from '../../shared/adapters/dynamodb/dynamodb-mail-outbox.ts';
import { DynamoDbMailSendWindow } from '../../shared/adapters/dynamodb/dynamodb-mail-send-window.ts';
import { sesClient } from '../../shared/adapters/ses/ses-client.ts';
import { SesMailer } from '../../shared/adapters/ses/ses-mailer.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { DrainDependencies } from '../../shared/mail/use-cases/drain-mail-queue.ts';

/** Everything the mail drainer reaches outside pure code for, and the rate it sends at. */
export interface MailWiring {
  readonly drain: DrainDependencies;
  readonly ratePerSecond: number;
}

/**
 * The drainer's parts over one queue: the deployment's (`main`, through `wiring`), or a test's
 * own, so a test of the drainer never sends another test's mails.
 */
export const drainWiring = (queue: string): DrainDependencies => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    outbox: new DynamoDbMailOutbox(client, tableName, queue),
    window: new DynamoDbMailSendWindow(client, tableName, queue),
    lease: new DynamoDbMailDrainLease(client, tableName, queue),
    mailer: new SesMailer(sesClient(), requireEnv(ENV.mailFrom)),
    clock: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
  };
};

/** The deployment's SES rate: a positive whole number of mails per second, or the function does not start. */
const sendRatePerSecond = (): number => {
  const rate = Number(requireEnv(ENV.mailSendRatePerSecond));
  if (!Number.isInteger(rate) || rate < 1) throw new Error(`${ENV.mailSendRatePerSecond} must be a positive whole number`);
  return rate;
};

/** Built once per Lambda container (the handler calls it at cold start) and shared by every drain. */
export const wiring: () => MailWiring = once(() => ({ drain: drainWiring(MAIN_MAIL_QUEUE), ratePerSecond: sendRatePerSecond() }));
