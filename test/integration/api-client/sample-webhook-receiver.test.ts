import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  newWebhookSecret,
  type SampleWebhookReceiver,
  signedHeaders,
  startSampleWebhookReceiver,
} from '../../support/sample-webhook-receiver.ts';

/**
 * The package's sample receiver, run as a partner runs it, against deliveries signed with the
 * Standard Webhooks library: the documented algorithm, independently of cadre's own signer.
 */
const secret = newWebhookSecret();
let receiver: SampleWebhookReceiver;

beforeAll(async () => {
  receiver = await startSampleWebhookReceiver(secret);
});
afterAll(async () => {
  await receiver?.stop();
});

const stageChanged = (id = randomUUID()) =>
  JSON.stringify({
    type: 'application.stage-changed',
    id,
    occurredAt: new Date().toISOString(),
    programmeId: 'prokadry-2027',
    seasonId: 'prokadry-2027-spring',
    data: { applicationId: randomUUID(), from: 'screening', to: 'education', track: 'young' },
  });

const deliver = async (headers: Record<string, string>, body: string): Promise<{ status: number; body: Record<string, unknown> }> => {
  const response = await fetch(receiver.url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** A good delivery after a refused one: its log line comes after any the refused one would have written. */
const handledNext = async (): Promise<readonly Record<string, unknown>[]> => {
  const id = randomUUID();
  const body = stageChanged(id);
  assert.equal((await deliver(signedHeaders(secret, id, new Date(), body), body)).status, 200);
  await receiver.handledEvent(id);
  return receiver.handled();
};

const MINUTE = 60_000;

describe('the sample webhook receiver', () => {
  it('accepts a delivery signed with the endpoint’s secret and handles its event', async () => {
    const id = randomUUID();
    const body = stageChanged(id);
    const answer = await deliver(signedHeaders(secret, id, new Date(), body), body);
    assert.deepEqual(answer, { status: 200, body: { received: id } });
    const handled = await receiver.handledEvent(id);
    assert.equal(handled['type'], 'application.stage-changed');
    assert.equal(handled['to'], 'education');
  });

  it('accepts a delivery signed during a secret’s rotation, when one of the signatures is its secret’s', async () => {
    const id = randomUUID();
    const body = stageChanged(id);
    const at = new Date();
    const headers = signedHeaders(secret, id, at, body);
    const old = signedHeaders(newWebhookSecret(), id, at, body);
    const answer = await deliver({ ...headers, 'webhook-signature': `${old['webhook-signature']} ${headers['webhook-signature']}` }, body);
    assert.equal(answer.status, 200);
    await receiver.handledEvent(id);
  });

  it('refuses a tampered body, a wrong secret and a timestamp outside the 5-minute window, handling none', async () => {
    const cases: [string, Record<string, string>, string, number, string][] = [];
    const tamperedId = randomUUID();
    const original = stageChanged(tamperedId);
    cases.push([
      'tampered body',
      signedHeaders(secret, tamperedId, new Date(), original),
      original.replace('"to":"education"', '"to":"internship"'),
      401,
      'bad-signature',
    ]);
    const wrongSecretId = randomUUID();
    const wrongSecretBody = stageChanged(wrongSecretId);
    cases.push([
      'wrong secret',
      signedHeaders(newWebhookSecret(), wrongSecretId, new Date(), wrongSecretBody),
      wrongSecretBody,
      401,
      'bad-signature',
    ]);
    for (const [what, offset] of [
      ['replayed old timestamp', -6 * MINUTE],
      ['timestamp from the future', 6 * MINUTE],
    ] as const) {
      const id = randomUUID();
      const body = stageChanged(id);
      cases.push([what, signedHeaders(secret, id, new Date(Date.now() + offset), body), body, 401, 'timestamp-outside-window']);
    }
    const signedId = randomUUID();
    const body = stageChanged(signedId);
    const { 'webhook-signature': _signature, ...unsigned } = signedHeaders(secret, signedId, new Date(), body);
    cases.push(['no signature', unsigned, body, 400, 'missing-headers']);
    const notJson = 'not json';
    cases.push([
      'a signed body that is no event',
      signedHeaders(secret, randomUUID(), new Date(), notJson),
      notJson,
      400,
      'malformed-body',
    ]);

    for (const [what, headers, payload, status, reason] of cases) {
      assert.deepEqual(await deliver(headers, payload), { status, body: { error: reason } }, what);
    }
    const refusedIds = cases.map(([, headers]) => headers['webhook-id']);
    assert.ok(
      (await handledNext()).every((line) => !refusedIds.includes(String(line['handled']))),
      'no refused delivery was handled',
    );
  });

  it('acknowledges the same webhook-id again (a retry or a replay within the window) without handling it twice', async () => {
    const id = randomUUID();
    const body = stageChanged(id);
    assert.equal((await deliver(signedHeaders(secret, id, new Date(), body), body)).status, 200);
    await receiver.handledEvent(id);
    // Signed afresh, as a retry is: the timestamp differs, the id is the event's.
    const again = await deliver(signedHeaders(secret, id, new Date(Date.now() + 1000), body), body);
    assert.deepEqual(again, { status: 200, body: { duplicate: id } });
    const replayed = await deliver(signedHeaders(secret, id, new Date(), body), body);
    assert.deepEqual(replayed, { status: 200, body: { duplicate: id } });
    assert.equal((await handledNext()).filter((line) => line['handled'] === id).length, 1);
  });

  it('answers only POST', async () => {
    assert.equal((await fetch(receiver.url)).status, 405);
  });
});
