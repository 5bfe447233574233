import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

/** The `counters` capability: staff start and follow rebuilds of a season's counters (the schedule's rebuilder does the work). */
export const handler = createCapabilityHandler<RoutesOf<'counters'>>('counters', {
  'POST /seasons/{seasonId}/counter-rebuilds': () => import('./start-counter-rebuild.ts').then((module) => module.startCounterRebuild),
  'GET /seasons/{seasonId}/counter-rebuilds/{runId}': () => import('./get-counter-rebuild.ts').then((module) => module.getCounterRebuild),
});
