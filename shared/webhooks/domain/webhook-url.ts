import { isIP } from 'node:net';
import { isLoopbackAddress, isPublicAddress } from './public-address.ts';

export type WebhookUrlRefusal = 'not-a-url' | 'not-https' | 'credentials-in-url' | 'private-address' | 'internal-host-name';

export interface WebhookUrlPolicy {
  /**
   * `http://127.0.0.1:<port>` (and https to it) accepted: the local cloud and the tests run their
   * receivers there (WEBHOOK_ALLOW_LOOPBACK). Never set in a deployment; a CDK test proves it.
   */
  readonly allowLoopback: boolean;
}

/** Host names that name the deployment's own network, whatever a resolver would answer for them. */
const INTERNAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i;

/**
 * The literal check of an endpoint's URL, when it is registered: `https://`, no user or password
 * in it, and no IP literal or host name of a private, loopback, link-local or metadata address.
 * A name that resolves to such an address is refused at delivery, when it is resolved (the
 * sender checks every address it connects to).
 */
export const checkWebhookUrl = (
  text: string,
  policy: WebhookUrlPolicy,
): { ok: true; url: URL } | { ok: false; reason: WebhookUrlRefusal } => {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopbackAllowed = policy.allowLoopback && isLoopbackAddress(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackAllowed)) return { ok: false, reason: 'not-https' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials-in-url' };
  if (loopbackAllowed) return { ok: true, url };
  if (isIP(host) !== 0) return isPublicAddress(host) ? { ok: true, url } : { ok: false, reason: 'private-address' };
  // A number the URL parser did not read as IPv4 (it reads 0x7f.1 and 2130706433), or a name with no dot.
  if (!host.includes('.') || INTERNAL_NAMES.test(host.replace(/\.$/, ''))) return { ok: false, reason: 'internal-host-name' };
  return { ok: true, url };
};
