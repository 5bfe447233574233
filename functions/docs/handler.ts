import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import { docsRoutes } from '../../shared/api-docs/routes.ts';
import { getApiDocsPage } from './get-api-docs-page.ts';
import { getOpenApiDocument } from './get-openapi-document.ts';

export const handler = createCapabilityHandler('docs', docsRoutes, { getOpenApiDocument, getApiDocsPage });
