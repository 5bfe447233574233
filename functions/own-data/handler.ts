import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client is built before the first request; the export's code (its
// schemas, every module's reads) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'own-data'>>('own-data', {
  'GET /me/export': () => import('./get-my-data-export.ts').then((module) => module.getMyDataExport),
});
