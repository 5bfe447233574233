import type { TokenVerdict } from './pool-token.ts';

/**
 * Checks a machine client's access token (OAuth 2.0 client credentials, RFC 6749 §4.4) as API
 * Gateway's JWT authorizer of the machine routes does: the workforce pool's signature and issuer,
 * expiry, `token_use` of `access` and a `client_id` among the deployment's machine clients (the
 * authorizer's audience, matched against `client_id` since access tokens carry no `aud`). The
 * scope is the route's to require (authorization middleware), as the authorizer's scopes are.
 */
export interface MachineTokenVerifier {
  readonly issuer: string;
  readonly verify: (token: string) => Promise<TokenVerdict>;
}
