import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getCurrentIdentityRoute } from '../../shared/catalogue/routes.ts';

/** The caller's own identity; the route admits every role, so the middleware guarantees one. */
export const getCurrentIdentity: RouteImplementation<typeof getCurrentIdentityRoute> = async ({ identity }) => {
  if (identity === undefined) throw new Error('A role-only route ran without an identity');
  return { status: 200, body: identity };
};
