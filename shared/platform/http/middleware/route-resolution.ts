import { routeNotFound } from '../../errors/common-errors.ts';
import { routeKey, type RouteDefinition } from '../route.ts';
import { stateOf, type HttpMiddleware } from '../request-state.ts';

/**
 * Finds the route by the event's `routeKey` ("POST /programmes"), which API Gateway (or the local
 * gateway) sets from the very same route table. A key this Lambda does not serve means the
 * deployment and the table disagree; the caller still gets a 404 problem, not a crash.
 */
export const routeResolution = (routes: readonly RouteDefinition[]): HttpMiddleware => {
  const byKey = new Map(routes.map((route) => [routeKey(route), route]));
  return {
    before: (request) => {
      const route = byKey.get(request.event.routeKey);
      if (route === undefined) throw routeNotFound();
      stateOf(request.context).route = route;
    },
  };
};
