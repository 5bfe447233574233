import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'programmes'>>('programmes', {
  'GET /programme-templates': () => import('./list-programme-templates.ts').then((module) => module.listProgrammeTemplates),
  'POST /programmes': () => import('./create-programme.ts').then((module) => module.createProgramme),
  'GET /programmes': () => import('./list-programmes.ts').then((module) => module.listProgrammes),
  'GET /programmes/{programmeId}': () => import('./get-programme.ts').then((module) => module.getProgramme),
  'PUT /programmes/{programmeId}': () => import('./update-programme.ts').then((module) => module.updateProgramme),
  'POST /programmes/{programmeId}/seasons': () => import('./create-season.ts').then((module) => module.createSeason),
  'GET /programmes/{programmeId}/seasons': () => import('./list-programme-seasons.ts').then((module) => module.listProgrammeSeasons),
  'POST /seasons/{seasonId}/open': () => import('./open-season.ts').then((module) => module.openSeason),
  'GET /seasons': () => import('./list-open-seasons.ts').then((module) => module.listOpenSeasons),
  'GET /seasons/{seasonId}': () => import('./get-public-season.ts').then((module) => module.getPublicSeason),
  'GET /seasons/{seasonId}/workflow-failures': () =>
    import('./list-season-workflow-failures.ts').then((module) => module.listSeasonWorkflowFailures),
  'GET /me': () => import('./get-current-identity.ts').then((module) => module.getCurrentIdentity),
});
