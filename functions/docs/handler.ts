import { createCapabilityHandler } from '../../shared/http/capability-handler.ts';
import { getApiDocsPage } from './get-api-docs-page.ts';
import { getOpenApiDocument } from './get-openapi-document.ts';

export const handler = createCapabilityHandler('docs', { getOpenApiDocument, getApiDocsPage });
