import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request the receiver got, and what it made of it. */
export interface ReceivedWebhook {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** `accepted`: verified and new; `duplicate`: verified, its `webhook-id` seen before; `refused`: the signature or timestamp did not verify. */
  readonly verdict: 'accepted' | 'duplicate' | 'refused';
  /** The library's reason for a refusal (`No matching signature found`, `Message timestamp too old`, …). */
  readonly reason?: string;
  /** What the receiver answered. */
  readonly status: number;
}

export interface WebhookReceiver {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  /** The secret(s) it verifies with: the endpoint's, once registration answered it (several while a rotation overlaps). */
  verifyWith(...secrets: string[]): void;
  /** The status it answers a verified delivery with from now on (204 until told otherwise), or how to choose it from the body. */
  answerWith(status: number | ((body: string) => number)): void;
  /** Sends a request to it as a sender would (a replay, a tampered copy): the `webhook-*` headers of `headers`, and `body`. */
  post(headers: Readonly<Record<string, string>>, body: string): Promise<number>;
  stop(): Promise<void>;
}

const headerValues = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])));

/**
 * A webhook receiver on 127.0.0.1, as a partner would write one with the `standardwebhooks` library:
 * it verifies the signature and the timestamp (the library's 5-minute tolerance) independently of
 * cadre's signer, refuses a failed verification with 401, answers a `webhook-id` it has seen with
 * 200 without processing it again, and otherwise answers what the test chose.
 */
export const startWebhookReceiver = async (): Promise<WebhookReceiver> => {
  const received: ReceivedWebhook[] = [];
  const seen = new Set<string>();
  let secrets: string[] = [];
  let answer: number | ((body: string) => number) = 204;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = headerValues(request.headers);
      let reason = 'no secret yet';
      const verified = secrets.some((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
          return false;
        }
      });
      const id = headers['webhook-id'] ?? '';
      const record = (verdict: ReceivedWebhook['verdict'], status: number, why?: string) => {
        received.push({ headers, body, verdict, status, ...(why === undefined ? {} : { reason: why }) });
        response.writeHead(status).end();
      };
      if (!verified) return record('refused', 401, reason);
      if (seen.has(id)) return record('duplicate', 200);
      const status = typeof answer === 'number' ? answer : answer(body);
      if (status >= 200 && status < 300) seen.add(id);
      record('accepted', status);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/hooks/cadre`;
  return {
    url,
    received,
    verifyWith: (...next) => {
      secrets = next;
    },
    answerWith: (status) => {
      answer = status;
    },
    post: async (headers, body) => {
      const signed = Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('webhook-')));
      return (await fetch(url, { method: 'POST', headers: { ...signed, 'content-type': 'application/json' }, body })).status;
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  };
};
