import type { RouteDefinition } from './route.ts';
import type { RouteKeyOf, RouteModule } from './route-module.ts';

/**
 * How a capability finds its routes: per route key, a function that imports the route's module.
 * The handler names each with a dynamic `import()`, so the bundler puts every route in a chunk of
 * its own and a container reads at cold start only the platform and the route keys; a route's
 * schemas, use cases and clients load on its first call (and stay for the container's life).
 * Typed from the capability's routes: a route without a loader, a loader for a route the
 * capability does not serve, or a module implementing another route does not compile.
 */
export type RouteLoaders<R extends RouteDefinition> = {
  readonly [Route in R as RouteKeyOf<Route>]: () => Promise<RouteModule<Route>>;
};

/**
 * The loaders seen without their routes' types, as the route-resolution middleware uses them.
 * Sound for the same reason as an untyped implementation (route-handler.ts): the middleware checks
 * that the loaded route has the key it was loaded for, and validation runs that route's schemas.
 */
export type UntypedRouteLoaders = Readonly<Record<string, () => Promise<RouteModule>>>;

/** Eager loaders over routes and implementations held in memory (tests, and anything with few routes). */
export const loadersOf = (modules: readonly RouteModule[]): UntypedRouteLoaders =>
  Object.fromEntries(modules.map((module) => [`${module.route.method} ${module.route.path}`, () => Promise.resolve(module)]));
