import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApiDocsStylesheetRoute } from '../../shared/api-docs/routes.ts';
import { swaggerUiAsset } from './swagger-ui-asset.ts';

export const getApiDocsStylesheet = routeModule(getApiDocsStylesheetRoute, async ({ headers }) =>
  swaggerUiAsset('swagger-ui.css', headers['accept-encoding']),
);
