import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Claims, ClaimValue } from '../../platform/auth/claims.ts';
import type { MachineTokenVerifier } from '../../platform/auth/machine-token.ts';
import type { PoolTokenVerifier, TokenVerdict } from '../../platform/auth/pool-token.ts';
import type { UserPoolName } from '../../platform/auth/user-pools.ts';

export interface PoolTokenVerifierOptions {
  readonly pool: UserPoolName;
  readonly issuer: string;
  /** The pool's app client id: the `aud` of its ID tokens (access tokens carry none, so they never pass). */
  readonly audience: string;
  readonly keys: JWTVerifyGetKey;
}

const isClaimValue = (value: unknown): value is ClaimValue =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/** Flat claims only, like Cognito's: what API Gateway can hand on to a Lambda. */
const flatClaims = (payload: Record<string, unknown>): Claims | undefined => {
  const entries = Object.entries(payload);
  return entries.every(([, value]) => isClaimValue(value)) ? Object.fromEntries(entries as [string, ClaimValue][]) : undefined;
};

const REFUSED: readonly (abstract new (...args: never[]) => Error)[] = [
  errors.JWTClaimValidationFailed,
  errors.JWSSignatureVerificationFailed,
  errors.JWKSNoMatchingKey,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
];

/** A token the keys or claims refuse is a verdict; anything else (the pool's keys cannot be fetched) is thrown. */
const refusalOf = (error: unknown): TokenVerdict => {
  if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return { ok: false, reason: 'malformed' };
  if (REFUSED.some((kind) => error instanceof kind)) return { ok: false, reason: 'invalid' };
  throw error;
};

/**
 * Verifies one pool's ID tokens with its keys, as API Gateway's JWT authorizer does: RS256 signature,
 * issuer, audience, expiry, and `token_use` of `id`. A token that fails is a verdict; anything else
 * (the pool's keys cannot be fetched) is thrown, so an outage is a 5xx and an alarm, not a refusal.
 */
export const createPoolTokenVerifier = ({ pool, issuer, audience, keys }: PoolTokenVerifierOptions): PoolTokenVerifier => ({
  pool,
  issuer,
  verify: async (token: string): Promise<TokenVerdict> => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, audience, algorithms: ['RS256'] });
      const claims = flatClaims(payload);
      return payload['token_use'] === 'id' && claims !== undefined ? { ok: true, claims } : { ok: false, reason: 'invalid' };
    } catch (error) {
      return refusalOf(error);
    }
  },
});

/**
 * Verifies machine clients' access tokens of one pool, as the machine routes' JWT authorizer does.
 * `clientIds` is the authorizer's audience; undefined accepts any client the issuer signed for (the
 * local issuer, which signs only for the clients it authenticated at its token endpoint).
 */
export const createMachineTokenVerifier = ({
  issuer,
  clientIds,
  keys,
}: {
  readonly issuer: string;
  readonly clientIds: readonly string[] | undefined;
  readonly keys: JWTVerifyGetKey;
}): MachineTokenVerifier => ({
  issuer,
  verify: async (token: string): Promise<TokenVerdict> => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, algorithms: ['RS256'] });
      const claims = flatClaims(payload);
      const clientId = payload['client_id'];
      const known = typeof clientId === 'string' && (clientIds === undefined || clientIds.includes(clientId));
      return payload['token_use'] === 'access' && known && claims !== undefined ? { ok: true, claims } : { ok: false, reason: 'invalid' };
    } catch (error) {
      return refusalOf(error);
    }
  },
});

/** A Cognito user pool's verifier: its issuer `https://cognito-idp.<region>.amazonaws.com/<poolId>` publishes its keys under it. */
export const cognitoPoolTokenVerifier = (pool: UserPoolName, issuer: string, clientId: string): PoolTokenVerifier =>
  createPoolTokenVerifier({ pool, issuer, audience: clientId, keys: createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`)) });
