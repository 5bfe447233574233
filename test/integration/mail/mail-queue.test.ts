import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { drainWiring } from '../../../functions/mail/wiring.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbMailQueue } from '../../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbUndeliverableMail } from '../../../shared/adapters/dynamodb/dynamodb-undeliverable-mail.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { Mailer } from '../../../shared/mail/ports/mailer.ts';
import type { QueuedMail } from '../../../shared/mail/ports/mail-queue.ts';
import { drainMailQueue, type DrainDependencies, type DrainSettings } from '../../../shared/mail/use-cases/drain-mail-queue.ts';
import { TransientError } from '../../../shared/platform/workflow/transient-error.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { mailsTo } from '../../support/mailbox.ts';

/**
 * The queue and its drainer against DynamoDB Local and the SES server. Every test drains a queue
 * of its own (a fresh name), so no other test's mail is sent here and none of these reach theirs.
 */
const client = documentClient();
const tableName = requireEnv(ENV.tableName);

const world = () => {
  const queue = `test-${randomUUID()}`;
  const seasonId = `season-${randomUUID()}`;
  return {
    queue,
    seasonId,
    mailQueue: new DynamoDbMailQueue(client, tableName, queue),
    undeliverable: new DynamoDbUndeliverableMail(client, tableName, queue),
    deps: drainWiring(queue),
    settings: (overrides: Partial<DrainSettings> = {}): DrainSettings => ({
      ratePerSecond: 50,
      budgetMs: 20_000,
      holder: randomUUID(),
      ...overrides,
    }),
    mail: (to: string = `${randomUUID()}@example.org`, id: string = `test#${randomUUID()}`): QueuedMail => ({
      id,
      seasonId,
      mail: { to: [to], subject: 'Проверка очереди', text: `text for ${to}`, html: `<p>html for ${to}</p>` },
    }),
  };
};

/** The real SES adapter, except for the addresses a test makes it refuse. */
const faultyMailer = (real: Mailer, fault: (to: readonly string[]) => Error | undefined): Mailer => ({
  send: async (mail) => {
    const error = fault(mail.to);
    if (error !== undefined) throw error;
    return real.send(mail);
  },
});

const later = (deps: DrainDependencies, ms: number): DrainDependencies => ({ ...deps, clock: () => new Date(Date.now() + ms) });

describe('the mail queue', () => {
  it('queues one mail per id: 20 concurrent enqueues of one id leave one item and the drainer sends one mail', async () => {
    const { mailQueue, mail, deps, settings } = world();
    const address = `${randomUUID()}@example.org`;
    const queued = mail(address);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => mailQueue.enqueue(queued, new Date())));
    assert.deepEqual(outcomes.filter((outcome) => outcome === 'queued').length, 1);
    assert.deepEqual(outcomes.filter((outcome) => outcome === 'already-queued').length, 19);

    const report = await drainMailQueue(deps, settings());
    assert.deepEqual([report.outcome, report.sent, report.due], ['drained', 1, 1]);
    assert.equal((await mailsTo(address)).length, 1);
    assert.equal(await mailQueue.enqueue(queued, new Date()), 'already-queued', 'a sent mail is never queued again');
    assert.equal((await drainMailQueue(deps, settings())).sent, 0);
    assert.equal((await mailsTo(address)).length, 1);
  });

  it('caps mails that share a counter, telling a full cap from a mail already queued', async () => {
    const { mailQueue, mail } = world();
    const cap = { counterId: `reminders#${randomUUID()}`, max: 2 };
    const [first, second, third] = [mail(), mail(), mail()];
    assert.equal(await mailQueue.enqueueCapped(first!, cap, new Date()), 'queued');
    assert.equal(await mailQueue.enqueueCapped(first!, cap, new Date()), 'already-queued');
    assert.equal(await mailQueue.enqueueCapped(second!, cap, new Date()), 'queued');
    assert.equal(await mailQueue.enqueueCapped(third!, cap, new Date()), 'cap-reached');
    assert.equal(await storedMail(third!.id), undefined);
    assert.equal(
      await mailQueue.enqueueCapped(second!, cap, new Date()),
      'already-queued',
      'a queued mail is reported as such even with the cap full',
    );
  });

  it('never sends more than the rate in any one-second window (30 mails at 5 per second)', async () => {
    const { mailQueue, mail, deps, settings } = world();
    const mails = Array.from({ length: 30 }, () => mail());
    await Promise.all(mails.map((queued) => mailQueue.enqueue(queued, new Date())));
    const report = await drainMailQueue(deps, settings({ ratePerSecond: 5 }));
    assert.deepEqual([report.outcome, report.sent, report.failed], ['drained', 30, 0]);

    const sentAt = (await Promise.all(mails.map(async (queued) => Date.parse(String((await storedMail(queued.id))?.['sentAt']))))).sort(
      (a, b) => a - b,
    );
    assert.equal(sentAt.filter(Number.isFinite).length, 30);
    // Any window of one second holding six sends would have a send and the fifth after it less than a second apart.
    for (let index = 0; index + 5 < sentAt.length; index += 1) {
      assert.ok(
        sentAt[index + 5]! - sentAt[index]! >= 1000,
        `sends ${index} and ${index + 5} are ${sentAt[index + 5]! - sentAt[index]!} ms apart`,
      );
    }
    for (const queued of mails) assert.equal((await mailsTo(queued.mail.to[0]!)).length, 1);
  });

  it('puts a mail off after a transient fault and sends it once later', async () => {
    const { mailQueue, mail, deps, settings } = world();
    const address = `${randomUUID()}@example.org`;
    const queued = mail(address);
    await mailQueue.enqueue(queued, new Date());
    const failing = { ...deps, mailer: faultyMailer(deps.mailer, () => new TransientError('SES SendEmail failed: ThrottlingException')) };

    const first = await drainMailQueue(failing, settings());
    assert.deepEqual([first.outcome, first.sent, first.retried], ['drained', 0, 1]);
    const waiting = await storedMail(queued.id);
    assert.deepEqual(
      [waiting?.['status'], waiting?.['attempts'], waiting?.['lastError']],
      ['queued', 1, 'SES SendEmail failed: ThrottlingException'],
    );
    assert.ok(Date.parse(String(waiting?.['notBefore'])) > Date.now(), 'due again only later');
    assert.equal((await drainMailQueue(deps, settings())).sent, 0, 'not due yet');

    const retried = await drainMailQueue(later(deps, 2 * 60 * 60_000), settings());
    assert.deepEqual([retried.sent, retried.retried], [1, 0]);
    assert.equal((await mailsTo(address)).length, 1);
    assert.equal((await storedMail(queued.id))?.['status'], 'sent');
  });

  it('does not queue a mail SES accepted for another send when recording it fails: the drain fails, the mail stays claimed and the lease is freed', async () => {
    const { mailQueue, mail, deps, settings } = world();
    const address = `${randomUUID()}@example.org`;
    const queued = mail(address);
    await mailQueue.enqueue(queued, new Date());
    const outbox = deps.outbox;
    const unrecorded: DrainDependencies = {
      ...deps,
      outbox: {
        due: (at, limit) => outbox.due(at, limit),
        claim: (due, at, until) => outbox.claim(due, at, until),
        markSent: () => Promise.reject(new TransientError('DynamoDB UpdateItem failed: ThrottlingException')),
        retryLater: (due, notBefore, reason) => outbox.retryLater(due, notBefore, reason),
        markFailed: (due, at, reason, forgetAt) => outbox.markFailed(due, at, reason, forgetAt),
      },
    };

    await assert.rejects(drainMailQueue(unrecorded, settings()), /ThrottlingException/);
    assert.equal((await mailsTo(address)).length, 1);
    const stored = await storedMail(queued.id);
    // Still claimed (due only when the claim lapses), not put off for a retry that would send it again.
    assert.deepEqual([stored?.['status'], stored?.['attempts'], stored?.['lastError']], ['queued', 1, undefined]);
    assert.ok(Date.parse(String(stored?.['notBefore'])) > Date.now() + 60_000, 'due again only when the claim lapses');
    // Within the claim nothing sends it again; the lease was released, so the next drain runs.
    const next = await drainMailQueue(deps, settings());
    assert.deepEqual([next.outcome, next.sent], ['drained', 0]);
    assert.equal((await mailsTo(address)).length, 1);
  });

  it('gives up after the last attempt, and at once on a refusal; staff list the mail without its body and retry it', async () => {
    const { mailQueue, undeliverable, mail, deps, settings, seasonId } = world();
    const refusedAddress = `${randomUUID()}@example.org`;
    const flakyAddress = `${randomUUID()}@example.org`;
    const refused = mail(refusedAddress);
    const flaky = mail(flakyAddress);
    await Promise.all([mailQueue.enqueue(refused, new Date()), mailQueue.enqueue(flaky, new Date())]);
    const fault = { on: true };
    const failing = {
      ...deps,
      mailer: faultyMailer(deps.mailer, (to) => {
        if (!fault.on) return undefined;
        return to.includes(refusedAddress)
          ? new Error('SES refused the mail: MessageRejected')
          : new TransientError('SES SendEmail failed: ServiceUnavailable');
      }),
    };

    const first = await drainMailQueue(failing, settings({ maxAttempts: 2 }));
    assert.deepEqual([first.failed, first.retried], [1, 1]);
    const second = await drainMailQueue(later(failing, 2 * 60 * 60_000), settings({ maxAttempts: 2 }));
    assert.deepEqual([second.failed, second.retried], [1, 0]);

    const listed = await undeliverable.listForSeason(seasonId, { limit: 10 });
    const byId = new Map(listed.items.map((item) => [item.mailId, item]));
    assert.deepEqual(
      [byId.get(refused.id)?.attempts, byId.get(refused.id)?.reason, byId.get(refused.id)?.to],
      [1, 'SES refused the mail: MessageRejected', [refusedAddress]],
    );
    assert.deepEqual([byId.get(flaky.id)?.attempts, byId.get(flaky.id)?.reason], [2, 'SES SendEmail failed: ServiceUnavailable']);
    assert.equal(JSON.stringify(listed).includes('html for'), false, 'no body in the list');
    assert.equal((await drainMailQueue(later(deps, 4 * 60 * 60_000), settings())).sent, 0, 'a failed mail is not retried by itself');

    fault.on = false;
    assert.equal(await undeliverable.requeue(seasonId, refused.id, new Date()), 'requeued');
    assert.equal(await undeliverable.requeue(seasonId, refused.id, new Date()), 'not-failed');
    assert.equal(await undeliverable.requeue('another-season', flaky.id, new Date()), 'not-found');
    assert.equal(await undeliverable.requeue(seasonId, `test#${randomUUID()}`, new Date()), 'not-found');
    const retried = await drainMailQueue(deps, settings());
    assert.equal(retried.sent, 1);
    assert.equal((await mailsTo(refusedAddress)).length, 1);
    assert.equal((await mailsTo(flakyAddress)).length, 0);
    assert.deepEqual(
      (await undeliverable.listForSeason(seasonId, { limit: 10 })).items.map((item) => item.mailId),
      [flaky.id],
    );
  });

  it('lets one drainer at a time work the queue, and sends each mail once even if two ever run together', async () => {
    const { mailQueue, mail, deps, settings } = world();
    const mails = Array.from({ length: 12 }, () => mail());
    await Promise.all(mails.map((queued) => mailQueue.enqueue(queued, new Date())));

    const [one, two] = await Promise.all([drainMailQueue(deps, settings()), drainMailQueue(deps, settings())]);
    assert.deepEqual([one.outcome, two.outcome].sort(), ['drained', 'lease-held']);
    assert.equal(one.sent + two.sent, 12);
    assert.deepEqual([one.due + two.due, Math.min(one.due, two.due)], [12, 0], 'the backlog, as the drainer at work found it');

    // Without the lease (as if it expired under a slow drainer): the per-mail claim still sends each once.
    const more = Array.from({ length: 12 }, () => mail());
    await Promise.all(more.map((queued) => mailQueue.enqueue(queued, new Date())));
    const noLease = { ...deps, lease: { acquire: async () => true, release: async () => undefined } };
    const [three, four] = await Promise.all([drainMailQueue(noLease, settings()), drainMailQueue(noLease, settings())]);
    assert.equal(three.sent + four.sent, 12);
    for (const queued of [...mails, ...more]) assert.equal((await mailsTo(queued.mail.to[0]!)).length, 1, queued.id);
  });
});
