import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { managesEndpoint } from '../domain/endpoint-access.ts';
import type { StoredWebhookEndpoint } from '../ports/webhook-endpoint-store.ts';
import type { WebhookDependencies } from './webhook-dependencies.ts';

/** The organisation a partner acts for, once the registry bears their claims out; undefined for staff. */
export const actingOrganisation = async (deps: Pick<WebhookDependencies, 'partners'>, identity: Identity): Promise<string | undefined> =>
  identity.roles.includes('staff') ? undefined : (await deps.partners.resolve(identity)).id;

/** The endpoint, if the caller manages it; the 404 of a missing one otherwise. */
export const managedEndpoint = async (
  deps: Pick<WebhookDependencies, 'partners' | 'endpoints'>,
  identity: Identity,
  endpointId: string,
): Promise<StoredWebhookEndpoint> => {
  const organisation = await actingOrganisation(deps, identity);
  const endpoint = await deps.endpoints.find(endpointId);
  if (endpoint === undefined || !managesEndpoint(identity, endpoint, organisation)) throw notFound('webhook endpoint');
  return endpoint;
};

/** What owners read: never the secrets or the owner's address. */
export const endpointView = ({ secrets: _secrets, ownerEmail: _ownerEmail, ...endpoint }: StoredWebhookEndpoint) => endpoint;
