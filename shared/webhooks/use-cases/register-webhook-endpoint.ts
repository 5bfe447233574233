import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { managesProgramme } from '../../catalogue/domain/staff-scope.ts';
import { typesRefusedToPartners } from '../domain/entitlement.ts';
import { checkWebhookUrl } from '../domain/webhook-url.ts';
import { newWebhookSecret } from '../domain/webhook-secret.ts';
import type { StoredWebhookEndpoint } from '../ports/webhook-endpoint-store.ts';
import type { WebhookEndpoint, WebhookEndpointInput } from '../webhook-endpoint-schema.ts';
import { eventTypeNotForPartners, tooManyWebhookEndpoints, webhookUrlRefused } from '../webhook-errors.ts';
import { actingOrganisation, endpointView } from './endpoint-access.ts';
import type { WebhookDependencies } from './webhook-dependencies.ts';

/** Endpoints one owner (staff, or one partner organisation) may have per programme: enough for test and live receivers. */
export const MAX_ENDPOINTS_PER_OWNER = 10;

/** Refuses a URL the policy refuses, and types a partner may not hear. */
export const checkEndpointInput = (
  deps: Pick<WebhookDependencies, 'urlPolicy'>,
  input: Pick<WebhookEndpointInput, 'url' | 'eventTypes'>,
  organisationId: string | null,
): void => {
  const url = checkWebhookUrl(input.url, deps.urlPolicy);
  if (!url.ok) throw webhookUrlRefused(url.reason);
  if (organisationId === null) return;
  const refused = typesRefusedToPartners(input.eventTypes)[0];
  if (refused !== undefined) throw eventTypeNotForPartners(input.eventTypes.indexOf(refused), refused);
};

/**
 * Registers an endpoint of a programme: staff of the programme for any event type; a partner for its
 * own organisation's events only. The secret is answered once, here.
 */
export const registerWebhookEndpoint = async (
  deps: WebhookDependencies,
  identity: Identity,
  programmeId: string,
  input: WebhookEndpointInput,
): Promise<{ readonly endpoint: WebhookEndpoint; readonly secret: string }> => {
  const organisation = await actingOrganisation(deps, identity);
  if (organisation === undefined && !managesProgramme(identity, programmeId)) throw notFound('programme');
  if (!(await deps.programmes.exists(programmeId))) throw notFound('programme');
  const organisationId = organisation ?? null;
  checkEndpointInput(deps, input, organisationId);
  const own = (await deps.endpoints.listAll(programmeId)).filter((endpoint) => endpoint.organisationId === organisationId);
  if (own.length >= MAX_ENDPOINTS_PER_OWNER) throw tooManyWebhookEndpoints(MAX_ENDPOINTS_PER_OWNER);
  const at = deps.clock().toISOString();
  const secret = newWebhookSecret(deps.randomBytes);
  const endpoint: StoredWebhookEndpoint = {
    id: deps.newId(),
    programmeId,
    organisationId,
    url: input.url,
    eventTypes: input.eventTypes,
    ...(input.description === undefined ? {} : { description: input.description }),
    language: input.language,
    status: 'active',
    pausedAt: null,
    failingSince: null,
    secretRotatedAt: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
    secrets: [{ secret, validUntil: null }],
    ownerEmail: identity.email ?? null,
  };
  await deps.endpoints.create(endpoint);
  return { endpoint: endpointView(endpoint), secret };
};
