import type { RouteDefinition } from '../http/route.ts';
import { applicantRoutes } from './applicant-routes.ts';
import { applicationRoutes } from './application-routes.ts';
import { docsRoutes } from './docs-routes.ts';
import { documentRoutes } from './document-routes.ts';
import { educationRoutes } from './education-routes.ts';
import { gateRoutes } from './gate-routes.ts';
import { mailRoutes } from './mail-routes.ts';
import { programmeRoutes } from './programme-routes.ts';
import { teamRoutes } from './team-routes.ts';

/** Every route with its literal type kept, so a capability's implementation map is checked at compile time. */
const ROUTE_TABLE = [...docsRoutes, ...programmeRoutes, ...applicantRoutes, ...applicationRoutes, ...documentRoutes, ...educationRoutes, ...gateRoutes, ...mailRoutes, ...teamRoutes] as const satisfies readonly RouteDefinition[];
export type RouteTable = typeof ROUTE_TABLE;

/**
 * THE route table: every HTTP route of cadre, once. Capabilities keep their entries in
 * their own file; this list is what CDK, the local gateway, OpenAPI and the
 * authorization test read.
 */
export const ROUTES: readonly RouteDefinition[] = ROUTE_TABLE;
