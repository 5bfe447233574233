import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApiDocsScriptRoute } from '../../shared/api-docs/routes.ts';
import { swaggerUiAsset } from './swagger-ui-asset.ts';

/**
 * Starts Swagger UI once the page is parsed, on the document the page names (openapi.json beside
 * /docs). Shipped after Swagger UI's own bundle in the same file: the page allows no inline script.
 * Operations are listed by tag, folded; the schema list is left out (each operation shows its own).
 */
const START = `
;window.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: new URL(root.getAttribute('data-openapi'), document.baseURI).href,
    domNode: root,
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: -1,
    defaultModelExpandDepth: 2,
    filter: true,
    displayRequestDuration: true,
    validatorUrl: null,
    tryItOutEnabled: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});
`;

export const getApiDocsScript = routeModule(getApiDocsScriptRoute, async ({ headers }) =>
  swaggerUiAsset('swagger-ui-bundle.js', headers['accept-encoding'], START),
);
