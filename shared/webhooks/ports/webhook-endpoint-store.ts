import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { EndpointSecret } from '../domain/webhook-secret.ts';
import type { WebhookEndpoint } from '../webhook-endpoint-schema.ts';

/** An endpoint as stored: what its owners read, its secrets, and whom to mail when it is paused. */
export interface StoredWebhookEndpoint extends WebhookEndpoint {
  readonly secrets: readonly EndpointSecret[];
  /** The e-mail of the person who registered it (from their token), for the pause mail; null if the token had none. */
  readonly ownerEmail: string | null;
}

export interface WebhookEndpointStore {
  /** A new endpoint (its id is fresh). */
  create(endpoint: StoredWebhookEndpoint): Promise<void>;
  find(endpointId: string): Promise<StoredWebhookEndpoint | undefined>;
  /** Stores `endpoint` if the stored version is `endpoint.version - 1`; `stale` otherwise (or gone). */
  replace(endpoint: StoredWebhookEndpoint): Promise<'written' | 'stale'>;
  /** Removes it if its stored version is `version`. */
  remove(endpointId: string, version: number): Promise<'removed' | 'stale'>;
  /** A page of the programme's endpoints: every one, or one partner organisation's (null: staff's own). */
  list(
    programmeId: string,
    owner: { readonly organisationId: string | null } | undefined,
    page: PageRequest,
  ): Promise<Page<StoredWebhookEndpoint>>;
  /** Every endpoint of the programme (the fan-out reads them all; a programme has a handful). */
  listAll(programmeId: string): Promise<readonly StoredWebhookEndpoint[]>;
  /** An attempt failed: `failingSince` is set if it was not. Answers the endpoint as it now is (undefined if gone). */
  recordFailure(endpointId: string, at: Date): Promise<StoredWebhookEndpoint | undefined>;
  /** An attempt succeeded: the failing streak is over. */
  recordSuccess(endpointId: string): Promise<void>;
  /** Pauses an active endpoint; false when it was not active (paused already, or gone). */
  pause(endpointId: string, at: Date): Promise<boolean>;
  /** Resumes a paused endpoint, its failing streak forgotten; false when it was not paused. */
  resume(endpointId: string, at: Date): Promise<boolean>;
}
