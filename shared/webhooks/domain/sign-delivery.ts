import { Webhook } from 'standardwebhooks';

export interface SignedHeaders {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
}

/**
 * Standard Webhooks' headers (standardwebhooks.com): the message id, the unix time in seconds, and
 * `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` per secret, space-separated, so a receiver
 * holding either secret of a rotation verifies. Signed with the library receivers verify with.
 */
export const signDelivery = (secrets: readonly string[], id: string, at: Date, body: string): SignedHeaders => {
  if (secrets.length === 0) throw new Error('An endpoint without a signing secret');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' '),
  };
};
