import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'reviews'>>('reviews', {
  'GET /me/expert-profile': () => import('./get-my-expert-profile.ts').then((module) => module.getMyExpertProfile),
  'PUT /me/expert-profile': () => import('./save-my-expert-profile.ts').then((module) => module.saveMyExpertProfile),
  'GET /seasons/{seasonId}/experts': () => import('./list-expert-pool.ts').then((module) => module.listExpertPool),
  'PUT /seasons/{seasonId}/experts/{expertId}': () => import('./place-expert-in-pool.ts').then((module) => module.placeExpertInPool),
  'DELETE /seasons/{seasonId}/experts/{expertId}': () =>
    import('./remove-expert-from-pool.ts').then((module) => module.removeExpertFromPool),
});
