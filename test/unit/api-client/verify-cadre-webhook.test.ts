import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { verifyCadreWebhook, WEBHOOK_TOLERANCE_SECONDS } from '../../../shared/api-client/src/webhooks.ts';
import { webhookEventSchema } from '../../../shared/webhooks/webhook-event-schema.ts';
import { newWebhookSecret, signedHeaders } from '../../support/sample-webhook-receiver.ts';

const secret = newWebhookSecret();
const event = webhookEventSchema.parse({
  type: 'release.available',
  id: randomUUID(),
  occurredAt: '2027-06-01T10:00:00.000Z',
  programmeId: 'prokadry-2027',
  seasonId: 'prokadry-2027-spring',
  organisationId: 'molodezh-perm',
  data: { releaseId: randomUUID(), applicationId: randomUUID() },
});
const body = JSON.stringify(event);

describe('verifyCadreWebhook', () => {
  it('answers the event, its id and the attempt’s time for a delivery signed as Standard Webhooks specifies', () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000);
    const headers = signedHeaders(secret, event.id, at, body);
    const expected = { ok: true, id: event.id, timestamp: at, event };
    assert.deepEqual(verifyCadreWebhook(secret, headers, body), expected, 'node:http headers, the body as text');
    assert.deepEqual(
      verifyCadreWebhook(secret, new Headers(headers), new TextEncoder().encode(body)),
      expected,
      'fetch Headers, the bytes',
    );
  });

  it('refuses headers it cannot read as one value each', () => {
    const headers = signedHeaders(secret, event.id, new Date(), body);
    const repeated = { ...headers, 'webhook-signature': [headers['webhook-signature'] ?? '', 'v1,other'] };
    assert.deepEqual(verifyCadreWebhook(secret, repeated, body), { ok: false, reason: 'missing-headers' });
    assert.deepEqual(verifyCadreWebhook(secret, { ...headers, 'webhook-id': '' }, body), { ok: false, reason: 'missing-headers' });
  });

  it('refuses a delivery signed outside the tolerance either way, and keeps the library’s tolerance of 5 minutes', () => {
    assert.equal(WEBHOOK_TOLERANCE_SECONDS, 300);
    for (const seconds of [-(WEBHOOK_TOLERANCE_SECONDS + 60), WEBHOOK_TOLERANCE_SECONDS + 60]) {
      const headers = signedHeaders(secret, event.id, new Date(Date.now() + seconds * 1000), body);
      assert.deepEqual(verifyCadreWebhook(secret, headers, body), { ok: false, reason: 'timestamp-outside-window' });
    }
    const headers = signedHeaders(secret, event.id, new Date(), body);
    for (const timestamp of ['', 'soon', '-1', '1e9', '12345678901234']) {
      const verified = verifyCadreWebhook(secret, { ...headers, 'webhook-timestamp': timestamp }, body);
      assert.equal(verified.ok, false, timestamp);
    }
  });

  it('refuses a signature over another id, time or body', () => {
    const at = new Date();
    const headers = signedHeaders(secret, event.id, at, body);
    const otherId = signedHeaders(secret, randomUUID(), at, body)['webhook-signature'];
    const otherTime = signedHeaders(secret, event.id, new Date(at.getTime() - 1000), body)['webhook-signature'];
    for (const signature of [otherId, otherTime, 'v1,', 'v2,abc', '']) {
      const verified = verifyCadreWebhook(secret, { ...headers, 'webhook-signature': signature ?? '' }, body);
      assert.equal(verified.ok, false, signature);
    }
    assert.deepEqual(verifyCadreWebhook(secret, headers, `${body} `), { ok: false, reason: 'bad-signature' });
  });

  it('throws for a secret that is not one (the receiver’s mistake, not a forged delivery)', () => {
    assert.throws(() => verifyCadreWebhook('whsec_', signedHeaders(secret, event.id, new Date(), body), body));
  });
});
