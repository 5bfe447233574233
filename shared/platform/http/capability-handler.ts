import type { ApiHandler } from './api-gateway.ts';
import type { Capability, RouteDefinition } from './route.ts';
import { createRouteHandler, type ImplementationsOf } from './route-handler.ts';

/**
 * The Lambda handler of one capability (`functions/<capability>/handler.ts`), given the route lists
 * of the modules it serves and one implementation per route:
 *   export const handler = createCapabilityHandler('programmes', catalogueRoutes, { createProgramme, ... });
 * The function imports those modules' routes only, so its bundle carries no other module's schemas.
 * API Gateway sends it only its own routes; it dispatches on `event.routeKey`.
 */
export const createCapabilityHandler = <C extends Capability, R extends RouteDefinition & { readonly capability: C }>(
  _capability: C,
  routes: readonly R[],
  implementations: NoInfer<ImplementationsOf<R>>,
): ApiHandler => createRouteHandler(routes, implementations);
