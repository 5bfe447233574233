import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { managesProgramme } from '../../catalogue/domain/staff-scope.ts';
import type { WebhookEndpoint } from '../webhook-endpoint-schema.ts';
import { actingOrganisation, endpointView } from './endpoint-access.ts';
import type { WebhookDependencies } from './webhook-dependencies.ts';

/** Staff of the programme list every endpoint of it; a partner its own organisation's. */
export const listWebhookEndpoints = async (
  deps: WebhookDependencies,
  identity: Identity,
  programmeId: string,
  page: PageRequest,
): Promise<Page<WebhookEndpoint>> => {
  const organisation = await actingOrganisation(deps, identity);
  if (organisation === undefined && !managesProgramme(identity, programmeId)) throw notFound('programme');
  const listed = await deps.endpoints.list(programmeId, organisation === undefined ? undefined : { organisationId: organisation }, page);
  return { items: listed.items.map(endpointView), nextCursor: listed.nextCursor };
};
