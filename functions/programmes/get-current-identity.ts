import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getCurrentIdentityRoute } from '../../shared/catalogue/routes.ts';

/** The caller's own identity; the route admits every role (not anyone), so there always is one. */
export const getCurrentIdentity = routeModule(getCurrentIdentityRoute, async ({ identity }) => ({
  status: 200,
  body: identity,
}));
