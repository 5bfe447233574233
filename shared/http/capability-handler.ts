import { ROUTES, type RouteTable } from '../routes/index.ts';
import type { ApiHandler } from './api-gateway.ts';
import type { Capability, RouteDefinition } from './route.ts';
import { createRouteHandler, type ImplementationsOf } from './route-handler.ts';

/** The routes of one capability, with their literal types. */
export type RoutesOf<C extends Capability> = Extract<RouteTable[number], { readonly capability: C }>;

/** A map from each operationId of the capability's routes in ROUTES to its implementation. */
export type Implementations<C extends Capability> = ImplementationsOf<RoutesOf<C>>;

/**
 * The Lambda handler of one capability (`functions/<capability>/handler.ts`):
 *   export const handler = createCapabilityHandler('programmes', { createProgramme, ... });
 * API Gateway sends it only its own routes; it dispatches on `event.routeKey`.
 */
export const createCapabilityHandler = <C extends Capability>(capability: C, implementations: Implementations<C>): ApiHandler =>
  // The filter picks exactly the routes RoutesOf<C> names; TypeScript cannot follow a generic C through it.
  createRouteHandler(
    ROUTES.filter((route) => route.capability === capability),
    implementations as ImplementationsOf<RouteDefinition>,
  );
