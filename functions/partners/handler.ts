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
  'GET /partner-organisations/{organisationId}/releases': () =>
    import('./list-organisation-releases.ts').then((module) => module.listOrganisationReleases),
  'GET /partner-organisations/{organisationId}/releases/{releaseId}': () =>
    import('./get-organisation-release.ts').then((module) => module.getOrganisationRelease),
  'GET /partner-api/releases': () => import('./list-partner-api-releases.ts').then((module) => module.listPartnerApiReleases),
  'GET /partner-api/releases/{releaseId}': () => import('./get-partner-api-release.ts').then((module) => module.getPartnerApiRelease),
  'PUT /partner-organisations/{organisationId}/machine-clients/{clientId}': () =>
    import('./save-machine-client.ts').then((module) => module.saveMachineClient),
  'DELETE /partner-organisations/{organisationId}/machine-clients/{clientId}': () =>
    import('./remove-machine-client.ts').then((module) => module.removeMachineClient),
  'GET /partner-organisations/{organisationId}/machine-clients': () =>
    import('./list-machine-clients.ts').then((module) => module.listMachineClients),
  'POST /partner-organisations/{organisationId}/release-exports': () =>
    import('./start-release-export.ts').then((module) => module.startReleaseExport),
  'GET /release-exports/{exportId}/file': () => import('./download-release-export.ts').then((module) => module.downloadReleaseExport),
  'GET /me/disclosures': () => import('./list-my-disclosures.ts').then((module) => module.listMyDisclosures),
  'GET /applications/{applicationId}/disclosures': () =>
    import('./list-application-disclosures.ts').then((module) => module.listApplicationDisclosures),
  'GET /seasons/{seasonId}/disclosures': () => import('./list-season-disclosures.ts').then((module) => module.listSeasonDisclosures),
  'GET /applications/{applicationId}/data-releases': () =>
    import('./list-application-releases.ts').then((module) => module.listApplicationReleases),
});
