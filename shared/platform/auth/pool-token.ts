import type { Claims } from './claims.ts';
import { claimsForPool, type UserPoolName } from './user-pools.ts';
import { flattenClaims } from './flatten-claims.ts';

/** Why a token was not accepted. */
export type TokenRefusal = 'malformed' | 'expired' | 'invalid';

export type TokenVerdict = { readonly ok: true; readonly claims: Claims } | { readonly ok: false; readonly reason: TokenRefusal };

/**
 * Checks one pool's tokens as API Gateway's JWT authorizer does: signature by the pool's keys,
 * issuer, audience (the pool's app client, so only ID tokens pass), expiry. Cognito in AWS
 * (shared/adapters/jwt), the local issuer of each pool in the local cloud.
 */
export interface PoolTokenVerifier {
  readonly pool: UserPoolName;
  readonly issuer: string;
  readonly verify: (token: string) => Promise<TokenVerdict>;
}

export type PoolVerdict =
  | { readonly ok: true; readonly pool: UserPoolName; readonly claims: Claims }
  | { readonly ok: false; readonly reason: TokenRefusal };

const BEARER = /^Bearer\s+(\S+)$/i;

/** The token of an `Authorization: Bearer <token>` header; undefined when the header is another scheme. */
export const bearerToken = (header: string): string | undefined => BEARER.exec(header.trim())?.[1];

/** A JWT's `iss`, read WITHOUT verifying, only to pick the pool that must verify it. */
const claimedIssuer = (token: string): string | undefined => {
  const [, payload] = token.split('.');
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const issuer = (claims as { iss?: unknown } | null)?.iss;
    return typeof issuer === 'string' ? issuer : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Verifies a token with the verifier of the pool it names as issuer, among the pools accepted. A
 * token of any other issuer is `invalid`, like a token a JWT authorizer of another issuer is shown;
 * one that is not a JWT at all is `malformed`.
 */
export const verifyPoolToken = async (token: string, verifiers: readonly PoolTokenVerifier[]): Promise<PoolVerdict> => {
  if (token.split('.').length !== 3) return { ok: false, reason: 'malformed' };
  const issuer = claimedIssuer(token);
  const verifier = verifiers.find((candidate) => candidate.issuer === issuer);
  if (verifier === undefined) return { ok: false, reason: issuer === undefined ? 'malformed' : 'invalid' };
  const verdict = await verifier.verify(token);
  return verdict.ok ? { ok: true, pool: verifier.pool, claims: verdict.claims } : verdict;
};

/**
 * What the token authorizer hands the function (`requestContext.authorizer.lambda`): the claims of
 * a verified token, flattened as the JWT authorizer flattens them and cut down to the roles its pool
 * grants; or, for a token of one of the pools that has only expired, that refusal, so the function
 * answers 401 token-expired (an HTTP API Lambda authorizer can only answer 403 itself) and clients
 * renew their token on a 401 on every route alike.
 */
export type TokenAuthorizerContext =
  | { readonly claims: Readonly<Record<string, string>> }
  | { readonly refusal: Extract<TokenRefusal, 'expired'> };

export type TokenAuthorizerDecision =
  | { readonly isAuthorized: true; readonly context: TokenAuthorizerContext }
  | { readonly isAuthorized: false; readonly reason: TokenRefusal };

/**
 * The token authorizer of the routes both pools call, in AWS (functions/token-authorizer) and in the
 * local gateway alike. API Gateway has already answered 401 when the Authorization header is missing.
 * A token no pool of ours signed, or that is not a bearer JWT, is refused here (API Gateway: 403).
 */
export const authorizeEitherPool = async (
  authorization: string,
  verifiers: readonly PoolTokenVerifier[],
): Promise<TokenAuthorizerDecision> => {
  const token = bearerToken(authorization);
  if (token === undefined) return { isAuthorized: false, reason: 'malformed' };
  const verdict = await verifyPoolToken(token, verifiers);
  if (verdict.ok) return { isAuthorized: true, context: { claims: flattenClaims(claimsForPool(verdict.pool, verdict.claims)) } };
  return verdict.reason === 'expired'
    ? { isAuthorized: true, context: { refusal: 'expired' } }
    : { isAuthorized: false, reason: verdict.reason };
};
