import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { SignedHeaders } from '../../webhooks/domain/sign-delivery.ts';
import { isLoopbackAddress, isPublicAddress } from '../../webhooks/domain/public-address.ts';
import { checkWebhookUrl } from '../../webhooks/domain/webhook-url.ts';
import type { WebhookSender, WebhookSendOutcome } from '../../webhooks/ports/webhook-sender.ts';
import type { WebhookAttemptError } from '../../webhooks/webhook-delivery-schema.ts';

/** A receiver has this long to answer; then the attempt is a timeout. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** What is read of an answer: its status is what counts, the body is drained and dropped. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Every address a host name resolves to (the system resolver's; tests name their own). */
export type HostResolver = (hostname: string) => Promise<readonly LookupAddress[]>;

const systemResolver: HostResolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, addresses) => (error === null ? resolve(addresses) : reject(error))),
  );

class BlockedAddress extends Error {
  override readonly name = 'BlockedAddress';
}

const classify = (error: unknown): WebhookAttemptError => {
  if (error instanceof BlockedAddress) return 'blocked-address';
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') return 'dns';
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return 'timeout';
  if (typeof code === 'string' && (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL'))) return 'tls';
  return 'connection';
};

/**
 * POSTs deliveries over node's HTTP client with a lookup of its own: the host is resolved here, and
 * every address it resolves to must be public (loopback too where the local cloud allows it) before
 * one is connected to, so a name that points (or is re-pointed, DNS rebinding) at a private or
 * metadata address is refused at the moment of sending. No redirect is followed: a 3xx is an answer
 * that is not a 2xx.
 */
export class HttpWebhookSender implements WebhookSender {
  readonly #allowLoopback: boolean;
  readonly #timeoutMs: number;
  readonly #resolve: HostResolver;

  constructor(options: { readonly allowLoopback: boolean; readonly timeoutMs?: number; readonly resolve?: HostResolver }) {
    this.#allowLoopback = options.allowLoopback;
    this.#timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
    this.#resolve = options.resolve ?? systemResolver;
  }

  #allowed(address: string): boolean {
    return isPublicAddress(address) || (this.#allowLoopback && isLoopbackAddress(address));
  }

  readonly #lookup: LookupFunction = (hostname, options, callback) => {
    this.#resolve(hostname).then(
      (addresses) => {
        const refused = addresses.length === 0 || addresses.some((entry) => !this.#allowed(entry.address));
        if (refused) return callback(new BlockedAddress(`${hostname} resolves to an address deliveries may not reach`), '', 4);
        if (options.all === true) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, [...addresses]);
        const first = addresses[0] as LookupAddress;
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };

  send(url: string, headers: SignedHeaders, body: string): Promise<WebhookSendOutcome> {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const checked = checkWebhookUrl(url, { allowLoopback: this.#allowLoopback });
    if (!checked.ok) return Promise.resolve({ kind: 'no-answer', error: 'blocked-address', durationMs: 0 });
    // An IP literal is never looked up: checkWebhookUrl has checked it as it stands.
    const target = checked.url;
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<WebhookSendOutcome>((resolve) => {
      let settled = false;
      const settle = (outcome: WebhookSendOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      const request = send(
        target,
        {
          method: 'POST',
          lookup: this.#lookup,
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'cadre-webhooks/1',
          },
        },
        (response) => {
          let read = 0;
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > MAX_ANSWER_BYTES) response.destroy();
          });
          const statusCode = response.statusCode ?? 0;
          const done = () =>
            settle(
              statusCode >= 100 && statusCode <= 599
                ? { kind: 'answered', statusCode, durationMs: elapsed() }
                : { kind: 'no-answer', error: 'connection', durationMs: elapsed() },
            );
          response.on('end', done);
          response.on('close', done);
          response.on('error', done);
        },
      );
      const timer = setTimeout(() => {
        settle({ kind: 'no-answer', error: 'timeout', durationMs: elapsed() });
        request.destroy();
      }, this.#timeoutMs);
      request.on('error', (error) => settle({ kind: 'no-answer', error: classify(error), durationMs: elapsed() }));
      request.end(body);
    });
  }
}
