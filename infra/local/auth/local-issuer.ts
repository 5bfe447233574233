import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, SignJWT, type JSONWebKeySet, type JWTPayload } from 'jose';
import { createMachineTokenVerifier, createPoolTokenVerifier } from '../../../shared/adapters/jwt/pool-token-verifier.ts';
import type { MachineTokenVerifier } from '../../../shared/platform/auth/machine-token.ts';
import type { PoolTokenVerifier } from '../../../shared/platform/auth/pool-token.ts';
import type { Role } from '../../../shared/platform/auth/roles.ts';
import type { UserPoolName } from '../../../shared/platform/auth/user-pools.ts';
import { loadOrCreateSigningKey, SIGNING_ALGORITHM } from './signing-key.ts';

/**
 * Each pool's issuer and app client, standing in for `https://cognito-idp.<region>.amazonaws.com/<poolId>`
 * and the pool's client id (the `aud` of a Cognito ID token); the same in every local process.
 */
export const LOCAL_POOLS: Readonly<Record<UserPoolName, { readonly issuer: string; readonly clientId: string }>> = {
  applicants: { issuer: 'http://localhost/cadre-local-issuer/applicants', clientId: 'cadre-local-applicants-client' },
  workforce: { issuer: 'http://localhost/cadre-local-issuer/workforce', clientId: 'cadre-local-workforce-client' },
};
const DEFAULT_LIFETIME_SECONDS = 8 * 60 * 60;
export const CLIENT_TOKEN_LIFETIME_SECONDS = 60 * 60;

export type TokenRoles = { readonly role: Role; readonly roles?: never } | { readonly roles: readonly Role[]; readonly role?: never };

export type MintRequest = TokenRoles & {
  /** Defaults to a random id. */
  readonly sub?: string;
  readonly email?: string;
  /** Subject-of-the-federation code, e.g. '77' (Moscow), for partners. */
  readonly region?: string;
  readonly organisation?: string;
  /** Programme ids a staff member runs; ['*'] for all. */
  readonly programmes?: readonly string[];
  /** Negative values mint an already expired token (for tests). */
  readonly expiresInSeconds?: number;
};

/** A machine client's access token, as Cognito's token endpoint issues it for the client-credentials grant. */
export interface ClientTokenRequest {
  readonly clientId: string;
  readonly scopes: readonly string[];
  /** Negative values mint an already expired token (for tests). */
  readonly expiresInSeconds?: number;
}

/** One user pool's stand-in: it mints tokens and verifies them as API Gateway's JWT authorizer does. */
export interface LocalIssuer extends PoolTokenVerifier {
  readonly audience: string;
  /** The public keys, as served at /local/pools/<pool>/.well-known/jwks.json. */
  readonly jwks: () => JSONWebKeySet;
  /**
   * A token whose claims have the shape of a Cognito ID token's. It carries whatever groups it is
   * asked for, as a misconfigured pool could: what a pool's token may act as is the gateway's call.
   */
  readonly mint: (request: MintRequest) => Promise<string>;
  /** An access token for a machine client, with Cognito's claims (`client_id`, `scope`, `token_use: access`, no `aud`). */
  readonly mintClientToken: (request: ClientTokenRequest) => Promise<string>;
  /** Machine clients' access tokens, checked as the machine routes' JWT authorizer checks them. */
  readonly clientTokens: MachineTokenVerifier;
}

export interface LocalIssuerOptions {
  /** Where the pool's key pair is kept: under `.local/auth` for the local cloud and `npm run token`, a temp dir in tests. */
  readonly keyDirectory: string;
  readonly pool: UserPoolName;
  readonly issuer?: string;
  readonly audience?: string;
}

/**
 * The local stand-in for one Cognito user pool: an RS256 issuer with a JWKS. The local cloud has one
 * per pool (local-pools.ts).
 */
export const createLocalIssuer = async ({
  keyDirectory,
  pool,
  issuer = LOCAL_POOLS[pool].issuer,
  audience = LOCAL_POOLS[pool].clientId,
}: LocalIssuerOptions): Promise<LocalIssuer> => {
  const key = await loadOrCreateSigningKey(keyDirectory);
  const keySet: JSONWebKeySet = { keys: [key.publicJwk] };
  const verifier = createPoolTokenVerifier({ pool, issuer, audience, keys: createLocalJWKSet(keySet) });

  const mint = async (request: MintRequest): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const sub = request.sub ?? randomUUID();
    const claims: JWTPayload = {
      'cognito:username': sub,
      'cognito:groups': [...(request.roles ?? [request.role])],
      token_use: 'id',
      auth_time: now,
      ...(request.email === undefined ? {} : { email: request.email, email_verified: true }),
      ...(request.region === undefined ? {} : { 'custom:region': request.region }),
      ...(request.organisation === undefined ? {} : { 'custom:organisation': request.organisation }),
      ...(request.programmes === undefined ? {} : { 'custom:programmes': request.programmes.join(',') }),
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(sub)
      .setIssuedAt(now)
      .setExpirationTime(now + (request.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS))
      .sign(key.privateKey);
  };

  /**
   * Client-credentials tokens last an hour (the Cognito default). The issuer signs only for clients
   * its token endpoint authenticated (or a test asked for), so the verifier takes any client id.
   */
  const mintClientToken = async (request: ClientTokenRequest): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      client_id: request.clientId,
      token_use: 'access',
      scope: request.scopes.join(' '),
      auth_time: now,
      version: 2,
      jti: randomUUID(),
    })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setSubject(request.clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + (request.expiresInSeconds ?? CLIENT_TOKEN_LIFETIME_SECONDS))
      .sign(key.privateKey);
  };
  const clientTokens = createMachineTokenVerifier({ issuer, clientIds: undefined, keys: createLocalJWKSet(keySet) });

  return { ...verifier, audience, jwks: () => keySet, mint, mintClientToken, clientTokens };
};
