// A receiver of cadre's webhooks on node:http: verifies each delivery, refuses what is forged or
// replayed, and handles each event once however often it is delivered.
// WEBHOOK_SECRET=whsec_... PORT=8787 node webhook-receiver.ts
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { verifyCadreWebhook, type CadreWebhookEvent } from '@cadre/api-client/webhooks';

const MAX_BODY_BYTES = 256 * 1024;
// Ids of handled events. A real receiver records the id in the same transaction as its work, and keeps
// it longer than cadre retries (a day); a delivery older than 5 minutes is refused anyway.
const REMEMBERED_IDS = 100_000;

export interface WebhookReceiverOptions {
  /** The endpoint's secret, `whsec_…`, shown once when the endpoint was registered or its secret rotated. */
  readonly secret: string;
  /** Your work. Throwing answers 500, so cadre delivers the event again later. */
  readonly onEvent: (event: CadreWebhookEvent) => void | Promise<void>;
}

const readBody = async (request: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

export const createWebhookReceiver = ({ secret, onEvent }: WebhookReceiverOptions): Server => {
  const handled = new Set<string>();
  return createServer(async (request, response) => {
    const answer = (status: number, body: Record<string, string>): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method !== 'POST') return answer(405, { error: 'method-not-allowed' });
    // Verify the raw bytes: JSON parsed and serialised again would not match the signature.
    const body = await readBody(request);
    if (body === undefined) return answer(413, { error: 'payload-too-large' });
    const delivery = verifyCadreWebhook(secret, request.headers, body);
    if (!delivery.ok) {
      const malformed = delivery.reason === 'missing-headers' || delivery.reason === 'malformed-body';
      return answer(malformed ? 400 : 401, { error: delivery.reason });
    }
    // The same event again (a retry after a lost answer, a redelivery, a replay within the window):
    // acknowledged, not handled twice. A 4xx here would only make cadre retry it.
    if (handled.has(delivery.id)) return answer(200, { duplicate: delivery.id });
    handled.add(delivery.id);
    try {
      await onEvent(delivery.event);
    } catch {
      handled.delete(delivery.id);
      return answer(500, { error: 'not-handled' });
    }
    if (handled.size > REMEMBERED_IDS) handled.delete(handled.values().next().value ?? '');
    return answer(200, { received: delivery.id });
  });
};

if (import.meta.main) {
  const secret = process.env['WEBHOOK_SECRET'];
  if (secret === undefined) throw new Error('Set WEBHOOK_SECRET to the endpoint’s secret (whsec_…)');
  const receiver = createWebhookReceiver({
    secret,
    onEvent: (event) => {
      switch (event.type) {
        case 'application.stage-changed':
          console.log(JSON.stringify({ handled: event.id, type: event.type, application: event.data.applicationId, to: event.data.to }));
          break;
        default:
          console.log(JSON.stringify({ handled: event.id, type: event.type }));
      }
    },
  });
  receiver.listen(Number(process.env['PORT'] ?? 8787), process.env['HOST'] ?? '127.0.0.1', () => {
    const address = receiver.address();
    if (typeof address === 'object' && address !== null) console.log(`listening on http://${address.address}:${address.port}`);
  });
}
