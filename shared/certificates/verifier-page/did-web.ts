/**
 * The did:web a site names itself with (did:web method, "Create"): the host, a port's colon
 * percent-encoded, then each path segment after a colon. `base` is the site's root, e.g. the folder
 * above `verify/`; `http://127.0.0.1:4569/cadre-verification/` → `did:web:127.0.0.1%3A4569:cadre-verification`.
 */
export const didWebOf = (base: URL): string => {
  const segments = base.pathname.split('/').filter((segment) => segment !== '');
  return ['did:web', base.host.replace(':', '%3A'), ...segments].join(':');
};
