import { isPublicRoute, routeKey, type RouteDefinition } from '../../shared/platform/http/route.ts';
import type { Deployment } from '../deployments.ts';

export type RouteThrottleGroup = keyof Deployment['throttling']['routes'];

export interface RouteLimit {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * The routes each throttling group of the deployments config caps, by operation id; `publicRoutes`
 * is every route that takes no token. An operation id that leaves the route table fails synth here
 * rather than silently losing its throttle.
 */
export const THROTTLED_OPERATIONS: Readonly<Record<Exclude<RouteThrottleGroup, 'publicRoutes'>, readonly string[]>> = {
  uploadForms: ['requestDocumentUpload'],
  submissions: ['submitApplication'],
};

/** Route key -> the limit the stage applies to it instead of its default. */
export const routeThrottles = (routes: readonly RouteDefinition[], throttling: Deployment['throttling']): Map<string, RouteLimit> => {
  const grouped: [RouteThrottleGroup, RouteDefinition[]][] = [
    ...Object.entries(THROTTLED_OPERATIONS).map(([group, operationIds]): [RouteThrottleGroup, RouteDefinition[]] => [
      group as RouteThrottleGroup,
      operationIds.map((operationId) => {
        const route = routes.find((candidate) => candidate.operationId === operationId);
        if (route === undefined) throw new Error(`Throttling group ${group} names ${operationId}, which is not in the route table`);
        return route;
      }),
    ]),
    ['publicRoutes', routes.filter(isPublicRoute)],
  ];
  const limits = new Map<string, RouteLimit>();
  for (const [group, members] of grouped) {
    for (const route of members) {
      const key = routeKey(route);
      if (limits.has(key)) throw new Error(`${key} is in two throttling groups`);
      limits.set(key, throttling.routes[group]);
    }
  }
  return limits;
};
