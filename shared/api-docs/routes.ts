import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';

/** The shape every OpenAPI 3.1 document has; the generator owns the rest of it. */
const openApiDocumentSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string().max(100), version: z.string().max(40) }),
  paths: z.record(z.string().max(200), z.unknown()),
});

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
  summary: 'Human-readable API documentation',
  description: 'A self-contained HTML page (no scripts) listing every operation, who may call it and its schemas.',
  tags: ['docs'],
  responses: { 200: { description: 'The documentation page', body: z.string(), contentType: 'text/html; charset=utf-8' } },
});

export const docsRoutes = [getOpenApiDocumentRoute, getApiDocsPageRoute] as const;
