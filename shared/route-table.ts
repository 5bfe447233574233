import type { Capability, RouteDefinition } from './platform/http/route.ts';
import { applicantRoutes } from './applicants/routes.ts';
import { applicationRoutes } from './applications/routes.ts';
import { docsRoutes } from './api-docs/routes.ts';
import { documentRoutes } from './documents/routes.ts';
import { educationRoutes } from './education/routes.ts';
import { progressionRoutes } from './progression/routes.ts';
import { mailRoutes } from './mail/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { teamRoutes } from './teams/routes.ts';
import { reviewRoutes } from './reviews/routes.ts';
import { interviewRoutes } from './interviews/routes.ts';
import { partnerRoutes } from './partners/routes.ts';
import { internshipRoutes } from './internships/routes.ts';
import { placementRoutes } from './internships/placement-routes.ts';
import { releaseRoutes } from './releases/routes.ts';
import { mentoringRoutes } from './mentoring/routes.ts';
import { certificateRoutes } from './certificates/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { dashboardRoutes } from './reports/dashboard-routes.ts';
import { counterRoutes } from './counters/routes.ts';
import { erasureRoutes } from './erasure/routes.ts';
import { ownDataRoutes } from './own-data/routes.ts';
import { webhookRoutes } from './webhooks/routes.ts';

/** Every route with its literal type kept, so a capability's implementation map is checked at compile time. */
const ROUTE_TABLE = [
  ...docsRoutes,
  ...catalogueRoutes,
  ...applicantRoutes,
  ...applicationRoutes,
  ...documentRoutes,
  ...educationRoutes,
  ...progressionRoutes,
  ...mailRoutes,
  ...teamRoutes,
  ...reviewRoutes,
  ...interviewRoutes,
  ...partnerRoutes,
  ...internshipRoutes,
  ...placementRoutes,
  ...releaseRoutes,
  ...mentoringRoutes,
  ...certificateRoutes,
  ...reportRoutes,
  ...dashboardRoutes,
  ...counterRoutes,
  ...erasureRoutes,
  ...ownDataRoutes,
  ...webhookRoutes,
] as const satisfies readonly RouteDefinition[];
export type RouteTable = typeof ROUTE_TABLE;

/**
 * THE route table: every HTTP route of cadre, once. Capabilities keep their entries in
 * their own file; this list is what CDK, the local gateway, OpenAPI and the
 * authorization test read.
 */
export const ROUTES: readonly RouteDefinition[] = ROUTE_TABLE;

/** The routes one capability serves, with their literal types: what its handler must load (route-loaders.ts). */
export type RoutesOf<C extends Capability> = Extract<RouteTable[number], { readonly capability: C }>;
