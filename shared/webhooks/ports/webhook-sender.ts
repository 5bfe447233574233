import type { SignedHeaders } from '../domain/sign-delivery.ts';
import type { WebhookAttemptError } from '../webhook-delivery-schema.ts';

export type WebhookSendOutcome =
  | { readonly kind: 'answered'; readonly statusCode: number; readonly durationMs: number }
  | { readonly kind: 'no-answer'; readonly error: WebhookAttemptError; readonly durationMs: number };

/**
 * POSTs one signed delivery. The adapter resolves the URL's host itself and connects only to an
 * address it has checked (never a private, loopback, link-local or metadata one; loopback only
 * where the local cloud allows it), follows no redirect, and gives up after its timeout.
 */
export interface WebhookSender {
  send(url: string, headers: SignedHeaders, body: string): Promise<WebhookSendOutcome>;
}
