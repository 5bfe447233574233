import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createRouteHandler } from '../../shared/platform/http/route-handler.ts';

/**
 * A reference line of the cold-import bench: the floor's stack plus everything of cadre's platform
 * an HTTP capability loads before any route of its own (the middleware chain, problem+json, the
 * logger, the document client as the adapters build it), serving no route. What a function adds
 * above this line is its routes' schemas, its modules and its adapters.
 */
const client = documentClient();

export const handler = createRouteHandler([], {});
export const clientOfContainer = client;
