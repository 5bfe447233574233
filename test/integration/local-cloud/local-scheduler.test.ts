import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { startLocalScheduler } from '../../../infra/local/scheduler/local-scheduler.ts';
import { importCapabilityHandler } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { SCHEDULES } from '../../../infra/schedules/index.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbMailQueue } from '../../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { waitFor } from '../../support/wait-for.ts';
import { mailsTo } from '../../support/mailbox.ts';

/** The local stand-in for EventBridge Scheduler, with the manifest's payloads and the real handlers. */
describe('the local scheduler', () => {
  it('calls each schedule’s target with its payload, never two runs of one schedule at once, and stop waits for the run in progress', async () => {
    const calls: { target: string; event: unknown }[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const release: { next: (() => void) | undefined } = { next: undefined };
    const scheduler = startLocalScheduler({
      schedules: SCHEDULES.map((schedule) => ({ ...schedule, localPeriodSeconds: 0.02 })),
      loadHandler: async (target) => async (event) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        calls.push({ target, event });
        // The mail drain's run stays in progress until the test lets it go.
        if (target === 'mail') await new Promise<void>((resolve) => (release.next = resolve));
        inFlight -= 1;
        return { ok: true };
      },
    });
    try {
      await waitFor(() => calls.filter((call) => call.target === 'calendar').length >= 3 && release.next !== undefined, {
        description: 'three calendar ticks and a mail drain in progress',
      });
      assert.equal(calls.filter((call) => call.target === 'mail').length, 1, 'a run in progress is not doubled');
      for (const schedule of SCHEDULES) {
        assert.deepEqual(calls.find((call) => call.target === schedule.target)?.event, schedule.payload, schedule.name);
      }
    } finally {
      // Stopped on failure too, or the scheduler's timer keeps the test file alive.
      const stopping = scheduler.stop();
      release.next?.();
      await stopping;
    }
    assert.ok(maxInFlight <= SCHEDULES.length);
  });

  it('delivers queued mail through the mail Lambda’s handler, as `npm start` does', async () => {
    const address = `${randomUUID()}@example.org`;
    await new DynamoDbMailQueue(documentClient(), requireEnv(ENV.tableName)).enqueue(
      {
        id: `scheduler-test#${randomUUID()}`,
        seasonId: 'scheduler-test',
        mail: { to: [address], subject: 'Scheduled', text: 'text', html: '<p>html</p>' },
      },
      new Date(),
    );
    const mailDrain = SCHEDULES.filter((schedule) => schedule.name === 'mailDrain').map((schedule) => ({
      ...schedule,
      localPeriodSeconds: 0.2,
    }));
    const scheduler = startLocalScheduler({ schedules: mailDrain, loadHandler: importCapabilityHandler });
    try {
      const mails = await waitFor(
        async () => {
          const found = await mailsTo(address);
          return found.length > 0 && found;
        },
        { description: 'the scheduled drain to deliver the mail', timeoutMs: 30_000 },
      );
      assert.equal(mails[0]?.subject, 'Scheduled');
    } finally {
      await scheduler.stop();
    }
  });
});
