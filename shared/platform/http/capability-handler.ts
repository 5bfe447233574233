import type { ApiHandler } from './api-gateway.ts';
import type { Capability, RouteDefinition } from './route.ts';
import { createLoadingRouteHandler } from './route-handler.ts';
import type { RouteLoaders, UntypedRouteLoaders } from './route-loaders.ts';

/**
 * The Lambda handler of one capability (`functions/<capability>/handler.ts`), given a loader per
 * route it serves (route-loaders.ts):
 *   export const handler = createCapabilityHandler<ProgrammesRoutes>('programmes', {
 *     'POST /programmes': () => import('./create-programme.ts').then((module) => module.createProgramme),
 *   });
 * API Gateway sends it only its own routes; it dispatches on `event.routeKey`.
 */
export const createCapabilityHandler = <R extends RouteDefinition & { readonly capability: Capability }>(
  _capability: R['capability'],
  loaders: RouteLoaders<R>,
): ApiHandler => createLoadingRouteHandler(loaders as unknown as UntypedRouteLoaders);
