import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';

/** The shape every OpenAPI 3.1 document has; the generator owns the rest of it. */
const openApiDocumentSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string().max(100), version: z.string().max(40) }),
  paths: z.record(z.string().max(200), z.unknown()),
});

/** Swagger UI's script and stylesheet are under 2 MB; the bound leaves room for its next releases. */
const assetSchema = z.string().max(8 * 1024 * 1024);

export const getOpenApiDocumentRoute = defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The OpenAPI 3.1 document of this API',
  description: 'Generated from the route table, so it always matches the routes the API serves.',
  tags: ['docs'],
  responses: { 200: { description: 'The OpenAPI document', body: openApiDocumentSchema } },
});

export const getApiDocsPageRoute = defineRoute({
  operationId: 'getApiDocsPage',
  method: 'GET',
  path: '/docs',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The API documentation, to read in a browser',
  description:
    'Swagger UI over `/openapi.json`: every operation with who may call it, its parameters, bodies, responses and examples. The page loads its script and stylesheet from this API, nothing from elsewhere.',
  tags: ['docs'],
  responses: {
    200: { description: 'The documentation page', body: z.string().max(4096), contentType: 'text/html; charset=utf-8' },
  },
});

export const getApiDocsScriptRoute = defineRoute({
  operationId: 'getApiDocsScript',
  method: 'GET',
  path: '/docs/swagger-ui.js',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The documentation page’s script (Swagger UI)',
  description: 'Gzip-compressed when the client accepts it; cached for a day.',
  tags: ['docs'],
  responses: {
    200: { description: 'Swagger UI and the code that starts it', body: assetSchema, contentType: 'text/javascript; charset=utf-8' },
  },
});

export const getApiDocsStylesheetRoute = defineRoute({
  operationId: 'getApiDocsStylesheet',
  method: 'GET',
  path: '/docs/swagger-ui.css',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The documentation page’s stylesheet (Swagger UI)',
  description: 'Gzip-compressed when the client accepts it; cached for a day.',
  tags: ['docs'],
  responses: { 200: { description: 'Swagger UI’s stylesheet', body: assetSchema, contentType: 'text/css; charset=utf-8' } },
});

export const docsRoutes = [getOpenApiDocumentRoute, getApiDocsPageRoute, getApiDocsScriptRoute, getApiDocsStylesheetRoute] as const;
