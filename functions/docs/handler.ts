import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

export const handler = createCapabilityHandler<RoutesOf<'docs'>>('docs', {
  'GET /openapi.json': () => import('./get-openapi-document.ts').then((module) => module.getOpenApiDocument),
  'GET /docs': () => import('./get-api-docs-page.ts').then((module) => module.getApiDocsPage),
});
