import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getOpenApiDocumentRoute } from '../../shared/api-docs/routes.ts';
import { apiDocument } from './api-document.ts';

export const getOpenApiDocument: RouteImplementation<typeof getOpenApiDocumentRoute> = async () => ({ status: 200, body: apiDocument() });
