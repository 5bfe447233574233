import { routeNotFound } from '../../errors/common-errors.ts';
import { routeKey } from '../route.ts';
import type { UntypedRouteLoaders } from '../route-loaders.ts';
import type { RouteModule } from '../route-module.ts';
import { stateOf, type HttpMiddleware } from '../request-state.ts';

/**
 * Finds the route by the event's `routeKey` ("POST /programmes"), which API Gateway (or the local
 * gateway) sets from the very same route table, and loads its module the first time it is called.
 * A key this Lambda does not serve means the deployment and the table disagree; the caller still
 * gets a 404 problem, not a crash. Concurrent first calls share one load; a failed load is
 * forgotten, so the next request tries again instead of failing for the container's life.
 */
export const routeResolution = (loaders: UntypedRouteLoaders): HttpMiddleware => {
  const loaded = new Map<string, Promise<RouteModule>>();
  const load = (key: string, loader: () => Promise<RouteModule>): Promise<RouteModule> => {
    const known = loaded.get(key);
    if (known !== undefined) return known;
    const loading = loader().then((module) => {
      // A loader pointing at another route's module would run the wrong schemas and roles.
      if (routeKey(module.route) !== key) throw new Error(`The loader for ${key} loaded the route ${routeKey(module.route)}`);
      return module;
    });
    loaded.set(key, loading);
    loading.catch(() => loaded.delete(key));
    return loading;
  };
  return {
    before: async (request) => {
      const key = request.event.routeKey;
      const loader = Object.hasOwn(loaders, key) ? loaders[key] : undefined;
      if (loader === undefined) throw routeNotFound();
      const module = await load(key, loader);
      const state = stateOf(request.context);
      state.route = module.route;
      state.implementation = module.implementation;
    },
  };
};
