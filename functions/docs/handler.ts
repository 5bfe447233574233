import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

export const handler = createCapabilityHandler<RoutesOf<'docs'>>('docs', {
  'GET /openapi.json': () => import('./get-openapi-document.ts').then((module) => module.getOpenApiDocument),
  'GET /docs': () => import('./get-api-docs-page.ts').then((module) => module.getApiDocsPage),
  'GET /docs/swagger-ui.js': () => import('./get-api-docs-script.ts').then((module) => module.getApiDocsScript),
  'GET /docs/swagger-ui.css': () => import('./get-api-docs-stylesheet.ts').then((module) => module.getApiDocsStylesheet),
});
