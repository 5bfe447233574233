import type { OpenApiDocument } from '../../shared/api-docs/openapi/openapi-document.ts';
import { ROUTE_EXAMPLES } from '../../shared/api-docs/examples/route-examples.ts';
import { generateOpenApi } from '../../shared/api-docs/openapi/generate-openapi.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { API_INFO } from './api-info.ts';

let document: OpenApiDocument | undefined;

/** Generated on first use and kept for the life of the Lambda instance: the route table is fixed at build time. */
export const apiDocument = (): OpenApiDocument => {
  document ??= generateOpenApi(ROUTES, API_INFO, ROUTE_EXAMPLES);
  return document;
};
