import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { waitFor } from './wait-for.ts';

const RECEIVER = fileURLToPath(new URL('../../shared/api-client/examples/webhook-receiver.ts', import.meta.url));

export interface SampleWebhookReceiver {
  readonly url: string;
  /** Each event the receiver handled, in order, as it logged it (`{ handled: <event id>, type, … }`). */
  readonly handled: () => readonly Record<string, unknown>[];
  /** Waits until the receiver has logged that it handled the event `id`. */
  readonly handledEvent: (id: string) => Promise<Record<string, unknown>>;
  readonly stop: () => Promise<void>;
}

/**
 * The typed client's sample receiver (shared/api-client/examples/webhook-receiver.ts) run as a
 * partner runs it: its own node process on 127.0.0.1, importing the package by name, with the
 * endpoint's secret in WEBHOOK_SECRET.
 */
export const startSampleWebhookReceiver = async (secret: string): Promise<SampleWebhookReceiver> => {
  const child = spawn(process.execPath, ['--conditions=cadre-source', RECEIVER], {
    env: { ...process.env, WEBHOOK_SECRET: secret, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new AbortController();
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.once('exit', () => exited.abort(new Error(`the sample receiver exited: ${errors}`)));
  let url: string | undefined;
  const handled: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('listening on ')) url = line.slice('listening on '.length);
    else handled.push(JSON.parse(line) as Record<string, unknown>);
  });
  const address = await waitFor(() => url, { description: 'the sample receiver to listen', signal: exited.signal });
  return {
    url: address,
    handled: () => [...handled],
    handledEvent: (id) => waitFor(() => handled.find((line) => line['handled'] === id), { description: `the receiver to handle ${id}` }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
};

/** A fresh endpoint secret in the form cadre issues: `whsec_` and base64 of 32 random bytes. */
export const newWebhookSecret = (): string => `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;

/**
 * A delivery signed as Standard Webhooks specifies, by the `standardwebhooks` library (not by
 * cadre's signer): the headers for `body` under `secret` at `at`.
 */
export const signedHeaders = (secret: string, id: string, at: Date, body: string): Record<string, string> => ({
  'content-type': 'application/json',
  'webhook-id': id,
  'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
  'webhook-signature': new Webhook(secret).sign(id, at, body),
});
