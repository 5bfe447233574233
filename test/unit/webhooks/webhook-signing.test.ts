import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, it } from 'vitest';
import { signDelivery } from '../../../shared/webhooks/domain/sign-delivery.ts';
import {
  newWebhookSecret,
  PREVIOUS_SECRET_VALIDITY_MS,
  rotateSecrets,
  signingSecrets,
} from '../../../shared/webhooks/domain/webhook-secret.ts';

const bytes = (fill: number) => () => new Uint8Array(32).fill(fill);
const at = new Date();

describe('webhook secrets and signatures', () => {
  it('a secret is whsec_ and the base64 of 32 random bytes', () => {
    const secret = newWebhookSecret(bytes(7));
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.deepEqual([...Buffer.from(secret.slice(6), 'base64')], Array(32).fill(7));
  });

  it('signs `<id>.<timestamp>.<body>` with HMAC-SHA256, as Standard Webhooks documents and its library verifies', () => {
    const secret = newWebhookSecret(bytes(1));
    const body = JSON.stringify({ type: 'release.available', id: 'x' });
    const headers = signDelivery([secret], 'msg-1', at, body);
    const timestamp = String(Math.floor(at.getTime() / 1000));
    assert.equal(headers['webhook-timestamp'], timestamp);
    assert.equal(
      headers['webhook-signature'],
      `v1,${createHmac('sha256', Buffer.alloc(32, 1)).update(`msg-1.${timestamp}.${body}`).digest('base64')}`,
    );
    assert.deepEqual(new Webhook(secret).verify(body, { ...headers }), JSON.parse(body));
    assert.throws(() => new Webhook(secret).verify(`${body} `, { ...headers }), /No matching signature/);
    assert.throws(() => new Webhook(newWebhookSecret(bytes(2))).verify(body, { ...headers }), /No matching signature/);
  });

  it('a rotation keeps the previous secret signing for a day beside the new one, then only the new one', () => {
    const first = newWebhookSecret(bytes(1));
    const second = newWebhookSecret(bytes(2));
    const third = newWebhookSecret(bytes(3));
    const rotated = rotateSecrets([{ secret: first, validUntil: null }], second, at);
    assert.deepEqual(signingSecrets(rotated, at), [second, first]);
    assert.deepEqual(signingSecrets(rotated, new Date(at.getTime() + PREVIOUS_SECRET_VALIDITY_MS)), [second]);
    const headers = signDelivery(signingSecrets(rotated, at), 'msg-2', at, '{}');
    assert.equal(headers['webhook-signature'].split(' ').length, 2);
    for (const holder of [first, second]) assert.deepEqual(new Webhook(holder).verify('{}', { ...headers }), {});
    // A second rotation within the day drops the oldest: at most two secrets sign.
    assert.deepEqual(signingSecrets(rotateSecrets(rotated, third, at), at), [third, second]);
  });
});
