import type { RouteDefinition } from '../http/route.ts';
import { docsRoutes } from './docs-routes.ts';
import { programmeRoutes } from './programme-routes.ts';

/**
 * THE route table: every HTTP route of cadre, once. Capabilities keep their entries in
 * their own file; this list is what CDK, the local gateway, OpenAPI and the
 * authorization test read.
 */
export const ROUTES: readonly RouteDefinition[] = [...docsRoutes, ...programmeRoutes];
