import type { RouteDefinition, RouteImplementation } from './route.ts';

/**
 * One route together with its implementation: what a capability loads the first time the route is
 * called (route-loaders.ts). The route's schemas, its use cases and their adapters come in with it,
 * so a container that only ever serves `GET /applications` never reads the gate or team code.
 */
export interface RouteModule<R extends RouteDefinition = RouteDefinition> {
  readonly route: R;
  readonly implementation: RouteImplementation<R>;
}

/** `export const submitApplication = routeModule(submitApplicationRoute, async ({ identity, params }) => …)` */
export const routeModule = <const R extends RouteDefinition>(
  route: R,
  implementation: RouteImplementation<NoInfer<R>>,
): RouteModule<R> => ({
  route,
  implementation,
});

/** `POST /applications/{applicationId}/submit`, as a type: API Gateway's route key of R. */
export type RouteKeyOf<R extends Pick<RouteDefinition, 'method' | 'path'>> = `${R['method']} ${R['path']}`;
