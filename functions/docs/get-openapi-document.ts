import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getOpenApiDocumentRoute } from '../../shared/api-docs/routes.ts';
import { apiDocument } from './api-document.ts';

export const getOpenApiDocument = routeModule(getOpenApiDocumentRoute, async () => ({ status: 200, body: apiDocument() }));
