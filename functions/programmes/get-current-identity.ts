import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getCurrentIdentityRoute } from '../../shared/catalogue/routes.ts';

/** The caller's own identity; the route admits every role (not anyone), so there always is one. */
export const getCurrentIdentity: RouteImplementation<typeof getCurrentIdentityRoute> = async ({ identity }) => ({
  status: 200,
  body: identity,
});
