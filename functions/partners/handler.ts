import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'partners'>>('partners', {
  'PUT /partner-organisations/{organisationId}': () =>
    import('./put-partner-organisation.ts').then((module) => module.putPartnerOrganisation),
  'GET /partner-organisations/{organisationId}': () =>
    import('./get-partner-organisation.ts').then((module) => module.getPartnerOrganisation),
  'GET /partner-organisations': () => import('./list-partner-organisations.ts').then((module) => module.listPartnerOrganisations),
  'GET /me/organisation': () => import('./get-my-organisation.ts').then((module) => module.getMyOrganisation),
});
