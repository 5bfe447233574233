import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startLocalScheduler } from '../../../infra/local/scheduler/local-scheduler.ts';
import { importCapabilityHandler } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { SCHEDULES } from '../../../infra/schedules/index.ts';
import { HttpWebhookSender } from '../../../shared/adapters/http/webhook-http-sender.ts';
import { signDelivery } from '../../../shared/webhooks/domain/sign-delivery.ts';
import { endpointPausedMailId } from '../../../shared/webhooks/mail/endpoint-paused-mail.ts';
import { openSeason, readyDraft, submit } from '../../support/application-fixtures.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { waitFor } from '../../support/wait-for.ts';
import { startSampleWebhookReceiver } from '../../support/sample-webhook-receiver.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.ts';
import {
  deliveryLog,
  dispatchAt,
  dispatchNow,
  endpointCall,
  HOUR,
  MINUTE,
  newWorld,
  registered,
  sink,
  staffOf,
  submitted,
} from './webhooks-world.ts';

/**
 * The dispatcher against receivers on 127.0.0.1 that verify with the `standardwebhooks` library.
 * Every test here runs the dispatcher over the one queue (under its one lease), so they run in
 * this one file, in order; the clock is the dispatcher's own, injected, and the receiver checks
 * timestamps against the real one, so a delivery meant to verify is sent at the real time.
 */
const receivers: WebhookReceiver[] = [];
const receiver = async (): Promise<WebhookReceiver> => {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
};
afterAll(async () => {
  await Promise.all(receivers.map((started) => started.stop()));
});

/** The documented algorithm, computed here without the library: base64 HMAC-SHA256 of `<id>.<timestamp>.<body>` under the secret's bytes. */
const expectedSignature = (secret: string, id: string, timestamp: string, body: string): string =>
  `v1,${createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64')}`;

let world: Awaited<ReturnType<typeof newWorld>>;
beforeAll(async () => {
  world = await newWorld();
});

describe('the webhook dispatcher', () => {
  it('signs by the documented algorithm, retries a failure with backoff, and stops after the first 2xx', async () => {
    const hooks = await receiver();
    const { endpointId, secret } = await registered(world.programmeId, world.staff, {
      url: hooks.url,
      eventTypes: ['application.submitted'],
    });
    hooks.verifyWith(secret);
    hooks.answerWith(500);
    const event = submitted(world);
    const start = new Date();
    await sink(() => start).publish([event]);

    await dispatchAt(start);
    assert.equal(hooks.received.length, 1);
    const first = hooks.received[0];
    assert.equal(first?.verdict, 'accepted');
    assert.equal(first?.status, 500);
    assert.equal(first?.headers['webhook-id'], event.id);
    assert.equal(first?.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(first?.body ?? ''), event);
    assert.equal(
      first?.headers['webhook-signature'],
      expectedSignature(secret, event.id, first?.headers['webhook-timestamp'] ?? '', first?.body ?? ''),
    );

    // Not due again before its backoff (a minute, less a quarter at most).
    await dispatchAt(new Date(start.getTime() + 30_000));
    assert.equal(hooks.received.length, 1);
    hooks.answerWith(204);
    await dispatchAt(new Date(start.getTime() + 46_000));
    assert.equal(hooks.received.length, 2);
    assert.equal(hooks.received[1]?.status, 204);
    // Delivered: nothing more, however long one waits.
    await dispatchAt(new Date(start.getTime() + 2 * HOUR));
    await dispatchAt(new Date(start.getTime() + 3 * 24 * HOUR));
    assert.equal(hooks.received.length, 2);

    const delivery = await endpointCall('GET', '/deliveries/{deliveryId}', endpointId, world.staff, {
      pathParameters: { deliveryId: event.id },
    });
    assert.equal(delivery.status, 200);
    assert.equal(delivery.body['status'], 'delivered');
    assert.equal(delivery.body['attempts'], 2);
    assert.deepEqual(
      (delivery.body['attemptLog'] as Record<string, unknown>[]).map((attempt) => attempt['statusCode']),
      [500, 204],
    );
  });

  it('the receiver refuses a tampered body, a wrong secret and a replayed old timestamp; a repeated webhook-id is not processed twice', async () => {
    const hooks = await receiver();
    const { secret } = await registered(world.programmeId, world.staff, { url: hooks.url, eventTypes: ['application.submitted'] });
    hooks.verifyWith(secret);
    const event = submitted(world);
    await sink().publish([event]);
    await dispatchNow();
    const delivered = hooks.received.at(-1);
    assert.equal(delivered?.verdict, 'accepted');
    if (delivered === undefined) return;

    const tampered = delivered.body.replace('"screening"', '"final"');
    assert.notEqual(tampered, delivered.body);
    assert.equal(await hooks.post(delivered.headers, tampered), 401);
    assert.equal(hooks.received.at(-1)?.reason, 'No matching signature found');
    // The same delivery again (a replay within the window): verified, but the receiver dedupes on webhook-id.
    assert.equal(await hooks.post(delivered.headers, delivered.body), 200);
    assert.equal(hooks.received.at(-1)?.verdict, 'duplicate');
    // Signed six minutes ago: outside the replay window.
    const old = signDelivery([secret], event.id, new Date(Date.now() - 6 * MINUTE), delivered.body);
    assert.equal(await hooks.post({ ...old }, delivered.body), 401);
    assert.equal(hooks.received.at(-1)?.reason, 'Message timestamp too old');

    // A receiver holding another secret refuses the dispatcher's delivery, which is then retried.
    const stranger = await receiver();
    const other = await registered(world.programmeId, world.staff, { url: stranger.url, eventTypes: ['application.submitted'] });
    stranger.verifyWith(secret);
    const next = submitted(world);
    await sink().publish([next]);
    await dispatchNow();
    assert.equal(stranger.received.at(-1)?.verdict, 'refused');
    assert.equal(stranger.received.at(-1)?.status, 401);
    const log = await deliveryLog(other.endpointId, world.staff);
    assert.equal(log[0]?.['status'], 'queued');
    assert.equal(log[0]?.['lastStatusCode'], 401);
  });

  it('signs with both secrets for a day after a rotation, so a receiver holding either verifies', async () => {
    const hooks = await receiver();
    const { endpointId, secret } = await registered(world.programmeId, world.staff, {
      url: hooks.url,
      eventTypes: ['application.submitted'],
    });
    const rotated = await endpointCall('POST', '/secret-rotations', endpointId, world.staff);
    const fresh = String(rotated.body['secret']);
    for (const holding of [secret, fresh]) {
      hooks.verifyWith(holding);
      await sink().publish([submitted(world)]);
      await dispatchNow();
      assert.equal(hooks.received.at(-1)?.verdict, 'accepted', 'verified with one of the two');
      assert.equal(hooks.received.at(-1)?.headers['webhook-signature']?.split(' ').length, 2);
    }
  });

  it('an endpoint failing for a day is paused and its owner mailed; its deliveries wait until it is resumed, then go out', async () => {
    const hooks = await receiver();
    const { endpointId, secret } = await registered(world.programmeId, world.staff, {
      url: hooks.url,
      eventTypes: ['application.submitted'],
      language: 'en',
    });
    hooks.verifyWith(secret);
    hooks.answerWith(503);
    const start = new Date();
    const first = submitted(world);
    await sink(() => start).publish([first]);
    // Seven attempts, each once its backoff (less a quarter: no jitter) has passed; every one fails.
    let at = start.getTime();
    for (const step of [0, MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR, 12 * HOUR]) {
      at += step;
      await dispatchAt(new Date(at));
    }
    const failing = await endpointCall('GET', '', endpointId, world.staff);
    assert.equal(failing.body['status'], 'active');
    assert.equal(failing.body['failingSince'], start.toISOString());
    const attemptsBeforePause = hooks.received.length;

    // The eighth, 18 h after the seventh, fails more than a day after the first failure: paused.
    const pausedAt = new Date(start.getTime() + 39 * HOUR);
    const second = submitted(world, pausedAt);
    await dispatchAt(pausedAt);
    const paused = await endpointCall('GET', '', endpointId, world.staff);
    assert.equal(paused.body['status'], 'paused');
    assert.equal(paused.body['pausedAt'], pausedAt.toISOString());
    const mail = await storedMail(endpointPausedMailId(endpointId, pausedAt.toISOString()));
    assert.ok(mail, 'the owner’s mail is queued');
    assert.deepEqual(mail['to'], [world.staff['email']]);
    assert.match(String(mail['subject']), /paused/);
    assert.match(String(mail['text']), new RegExp(`/webhook-endpoints/${endpointId}/resume`));

    // Held, not attempted, however long it waits: the one already queued and one published meanwhile.
    await sink(() => pausedAt).publish([second]);
    const afterPause = hooks.received.length;
    await dispatchAt(new Date(pausedAt.getTime() + HOUR));
    await dispatchAt(new Date(pausedAt.getTime() + 3 * 24 * HOUR));
    assert.equal(hooks.received.length, afterPause);
    assert.ok(afterPause > attemptsBeforePause);
    const held = await deliveryLog(endpointId, world.staff);
    assert.deepEqual(held.map((delivery) => delivery['status']).sort(), ['held', 'held']);

    hooks.answerWith(204);
    const resumed = await endpointCall('POST', '/resume', endpointId, world.staff);
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.equal(resumed.body['status'], 'active');
    assert.equal(resumed.body['failingSince'], null);
    await dispatchNow();
    const accepted = hooks.received.filter((request) => request.status === 204).map((request) => request.headers['webhook-id']);
    assert.deepEqual(accepted.sort(), [first.id, second.id].sort());
    assert.deepEqual(
      (await deliveryLog(endpointId, world.staff)).map((delivery) => delivery['status']),
      ['delivered', 'delivered'],
    );
  });

  it('a success ends a failing streak, even one begun in the same run', async () => {
    const hooks = await receiver();
    const { endpointId, secret } = await registered(world.programmeId, world.staff, {
      url: hooks.url,
      eventTypes: ['application.submitted'],
    });
    hooks.verifyWith(secret);
    const start = new Date();
    const failing = submitted(world);
    const answered = submitted(world);
    hooks.answerWith((body) => (body.includes(failing.id) ? 500 : 204));
    // Due one after the other, and sent one at a time: the failure first, then the success, in one batch.
    await sink(() => start).publish([failing]);
    await sink(() => new Date(start.getTime() + 1)).publish([answered]);
    await dispatchAt(new Date(start.getTime() + 1000), 1);
    assert.deepEqual(
      hooks.received.map((request) => [request.headers['webhook-id'], request.status]),
      [
        [failing.id, 500],
        [answered.id, 204],
      ],
    );
    assert.equal((await endpointCall('GET', '', endpointId, world.staff)).body['failingSince'], null);
  });

  it('a manual redelivery sends a delivered delivery again, now, with the same webhook-id', async () => {
    const hooks = await receiver();
    const { endpointId, secret } = await registered(world.programmeId, world.staff, {
      url: hooks.url,
      eventTypes: ['application.submitted'],
    });
    hooks.verifyWith(secret);
    const event = submitted(world);
    await sink().publish([event]);
    const waiting = await endpointCall('POST', '/deliveries/{deliveryId}/redeliveries', endpointId, world.staff, {
      pathParameters: { deliveryId: event.id },
    });
    assert.equal(waiting.status, 409);
    assert.equal(waiting.body['code'], 'delivery-queued-already');
    await dispatchNow();
    const again = await endpointCall('POST', '/deliveries/{deliveryId}/redeliveries', endpointId, world.staff, {
      pathParameters: { deliveryId: event.id },
    });
    assert.equal(again.status, 202, JSON.stringify(again.body));
    assert.equal(again.body['status'], 'queued');
    assert.equal(again.body['attempts'], 0);
    await dispatchNow();
    assert.deepEqual(
      hooks.received.map((request) => [request.headers['webhook-id'], request.verdict]),
      [
        [event.id, 'accepted'],
        [event.id, 'duplicate'],
      ],
    );
    const delivery = await endpointCall('GET', '/deliveries/{deliveryId}', endpointId, world.staff, {
      pathParameters: { deliveryId: event.id },
    });
    assert.equal(delivery.body['status'], 'delivered');
    assert.equal((delivery.body['attemptLog'] as unknown[]).length, 2);
  });

  it('the typed client’s sample receiver, run as a partner runs it, accepts what the dispatcher signs and handles a redelivery once', async () => {
    // The receiver needs the secret to start and the endpoint needs the receiver's address: register
    // first on a port nothing listens on, then point the endpoint at the receiver.
    const { endpointId, secret } = await registered(world.programmeId, world.staff, {
      url: 'http://127.0.0.1:9/',
      eventTypes: ['application.submitted'],
    });
    const sample = await startSampleWebhookReceiver(secret);
    try {
      const moved = await endpointCall('PUT', '', endpointId, world.staff, {
        body: { url: sample.url, eventTypes: ['application.submitted'], version: 1 },
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      const event = submitted(world);
      await sink().publish([event]);
      await dispatchNow();
      const handled = await sample.handledEvent(event.id);
      assert.equal(handled['type'], 'application.submitted');
      const again = await endpointCall('POST', '/deliveries/{deliveryId}/redeliveries', endpointId, world.staff, {
        pathParameters: { deliveryId: event.id },
      });
      assert.equal(again.status, 202, JSON.stringify(again.body));
      await dispatchNow();
      const delivery = await endpointCall('GET', '/deliveries/{deliveryId}', endpointId, world.staff, {
        pathParameters: { deliveryId: event.id },
      });
      // Both attempts were answered 2xx (a repeated webhook-id is acknowledged, not refused), and handled once.
      assert.equal(delivery.body['status'], 'delivered');
      assert.equal((delivery.body['attemptLog'] as unknown[]).length, 2);
      assert.equal(sample.handled().filter((line) => line['handled'] === event.id).length, 1);
    } finally {
      await sample.stop();
    }
  });

  it('a removed endpoint’s queued deliveries are dropped, not sent', async () => {
    const hooks = await receiver();
    const { endpointId } = await registered(world.programmeId, world.staff, { url: hooks.url, eventTypes: ['application.submitted'] });
    await sink().publish([submitted(world)]);
    assert.equal((await endpointCall('DELETE', '', endpointId, world.staff, { query: { version: '1' } })).status, 204);
    await dispatchNow();
    assert.equal(hooks.received.length, 0);
  });

  it('end to end: a submission reaches the table’s stream, the fan-out queues it, and the receiver gets it signed', async () => {
    const season = await openSeason();
    const hooks = await receiver();
    const staff = staffOf(season.programmeId);
    const { endpointId, secret } = await registered(season.programmeId, staff, { url: hooks.url, eventTypes: ['application.submitted'] });
    hooks.verifyWith(secret);
    const { applicant, applicationId } = await readyDraft(season);
    assert.equal((await submit(applicationId, applicant.claims, randomUUID())).status, 200);
    // The local cloud's stream reader hands the change to the webhook-events function, whose sink is the fan-out.
    const [queued] = await waitFor(
      async () => {
        const log = await deliveryLog(endpointId, staff);
        return log.length > 0 && log;
      },
      { description: 'the submission’s delivery queued', timeoutMs: 30_000 },
    );
    await dispatchNow();
    const received = hooks.received.find((request) => request.headers['webhook-id'] === queued?.['id']);
    assert.equal(received?.verdict, 'accepted');
    const event = JSON.parse(received?.body ?? '{}') as Record<string, unknown>;
    assert.equal(event['type'], 'application.submitted');
    assert.deepEqual((event['data'] as Record<string, unknown>)['applicationId'], applicationId);
  });

  it('the local cloud’s scheduler runs the dispatcher’s Lambda handler, as `npm start` does', async () => {
    const hooks = await receiver();
    const { secret } = await registered(world.programmeId, world.staff, { url: hooks.url, eventTypes: ['application.submitted'] });
    hooks.verifyWith(secret);
    const event = submitted(world);
    await sink().publish([event]);
    const scheduler = startLocalScheduler({
      schedules: SCHEDULES.filter((schedule) => schedule.name === 'webhookDispatch').map((schedule) => ({
        ...schedule,
        localPeriodSeconds: 0.2,
      })),
      loadHandler: importCapabilityHandler,
    });
    try {
      await waitFor(() => hooks.received.some((request) => request.verdict === 'accepted'), {
        description: 'the scheduled dispatcher’s delivery',
      });
    } finally {
      await scheduler.stop();
    }
    assert.equal(hooks.received[0]?.headers['webhook-id'], event.id);
  });
});

describe('the sender checks every address it connects to', () => {
  const headers = signDelivery(
    ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw4ZWdMi8KKsc='],
    '8a3c1d2e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
    new Date(),
    '{}',
  );

  it('refuses a public name that resolves to a private, loopback or metadata address (DNS rebinding included)', async () => {
    const hooks = await receiver();
    const port = new URL(hooks.url).port;
    for (const address of ['127.0.0.1', '10.1.2.3', '169.254.169.254', '::1', 'fd00:ec2::254']) {
      const sender = new HttpWebhookSender({
        allowLoopback: false,
        resolve: async () => [{ address, family: address.includes(':') ? 6 : 4 }],
      });
      const outcome = await sender.send(`https://hooks.partner.example/cadre`, headers, '{}');
      assert.deepEqual(
        { kind: outcome.kind, error: outcome.kind === 'no-answer' ? outcome.error : undefined },
        { kind: 'no-answer', error: 'blocked-address' },
        address,
      );
    }
    // One bad address among good ones is enough to refuse.
    const mixed = new HttpWebhookSender({
      allowLoopback: false,
      resolve: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '10.0.0.1', family: 4 },
      ],
    });
    assert.equal((await mixed.send('https://hooks.partner.example/cadre', headers, '{}')).kind, 'no-answer');
    // Where loopback is allowed (the local cloud), a name resolving to it is connected to, on the address checked
    // (the receiver speaks plain http, so the https handshake fails: it got that far).
    const local = new HttpWebhookSender({ allowLoopback: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const outcome = await local.send(`https://receiver.test.example:${port}/hooks/cadre`, headers, '{}');
    assert.ok(outcome.kind === 'no-answer' && (outcome.error === 'tls' || outcome.error === 'connection'), JSON.stringify(outcome));
  });

  it('refuses a loopback URL outside the local cloud, and times out a receiver that never answers', async () => {
    const sender = new HttpWebhookSender({ allowLoopback: false });
    const refused = await sender.send('http://127.0.0.1:9/hook', headers, '{}');
    assert.equal(refused.kind === 'no-answer' ? refused.error : refused.statusCode, 'blocked-address');
    const { createServer } = await import('node:net');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as { port: number }).port;
      const outcome = await new HttpWebhookSender({ allowLoopback: true, timeoutMs: 300 }).send(`http://127.0.0.1:${port}/`, headers, '{}');
      assert.equal(outcome.kind === 'no-answer' ? outcome.error : outcome.statusCode, 'timeout');
    } finally {
      silent.close();
    }
  });
});
