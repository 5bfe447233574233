import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { newWebhookSecret, PREVIOUS_SECRET_VALIDITY_MS, rotateSecrets } from '../domain/webhook-secret.ts';
import type { StoredWebhookEndpoint } from '../ports/webhook-endpoint-store.ts';
import type { WebhookEndpoint, WebhookEndpointReplacement } from '../webhook-endpoint-schema.ts';
import { endpointNotPaused } from '../webhook-errors.ts';
import { endpointView, managedEndpoint } from './endpoint-access.ts';
import { checkEndpointInput } from './register-webhook-endpoint.ts';
import type { WebhookDependencies } from './webhook-dependencies.ts';

export const readWebhookEndpoint = async (deps: WebhookDependencies, identity: Identity, endpointId: string): Promise<WebhookEndpoint> =>
  endpointView(await managedEndpoint(deps, identity, endpointId));

const write = async (deps: WebhookDependencies, next: StoredWebhookEndpoint): Promise<StoredWebhookEndpoint> => {
  if ((await deps.endpoints.replace(next)) === 'stale') throw versionConflict(next.version - 1);
  return next;
};

/** Replaces URL, event types, description and language; the secret and the pause state stay. */
export const replaceWebhookEndpoint = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
  input: WebhookEndpointReplacement,
): Promise<WebhookEndpoint> => {
  const endpoint = await managedEndpoint(deps, identity, endpointId);
  if (endpoint.version !== input.version) throw versionConflict(endpoint.version);
  checkEndpointInput(deps, input, endpoint.organisationId);
  const { description: _description, ...kept } = endpoint;
  const next: StoredWebhookEndpoint = {
    ...kept,
    url: input.url,
    eventTypes: input.eventTypes,
    ...(input.description === undefined ? {} : { description: input.description }),
    language: input.language,
    updatedAt: deps.clock().toISOString(),
    version: endpoint.version + 1,
  };
  return endpointView(await write(deps, next));
};

/** Removes it; deliveries still queued for it are dropped by the dispatcher when they come due. */
export const removeWebhookEndpoint = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
  version: number,
): Promise<void> => {
  const endpoint = await managedEndpoint(deps, identity, endpointId);
  if (endpoint.version !== version || (await deps.endpoints.remove(endpointId, version)) === 'stale')
    throw versionConflict(endpoint.version);
};

/** A new secret, answered once; the previous one keeps signing beside it for a day. */
export const rotateWebhookSecret = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
): Promise<{ readonly secret: string; readonly previousSecretValidUntil: string }> => {
  const endpoint = await managedEndpoint(deps, identity, endpointId);
  const at = deps.clock();
  const secret = newWebhookSecret(deps.randomBytes);
  await write(deps, {
    ...endpoint,
    secrets: rotateSecrets(endpoint.secrets, secret, at),
    secretRotatedAt: at.toISOString(),
    updatedAt: at.toISOString(),
    version: endpoint.version + 1,
  });
  return { secret, previousSecretValidUntil: new Date(at.getTime() + PREVIOUS_SECRET_VALIDITY_MS).toISOString() };
};

/** Resumes a paused endpoint and queues again, due now, every delivery that waited. */
export const resumeWebhookEndpoint = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
): Promise<WebhookEndpoint> => {
  const endpoint = await managedEndpoint(deps, identity, endpointId);
  const at = deps.clock();
  if (endpoint.status !== 'paused' || !(await deps.endpoints.resume(endpointId, at))) throw endpointNotPaused();
  await deps.log.releaseHeld(endpointId, at);
  return readWebhookEndpoint(deps, identity, endpointId);
};
