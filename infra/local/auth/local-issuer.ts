import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, errors, jwtVerify, SignJWT, type JSONWebKeySet, type JWTPayload } from 'jose';
import * as z from 'zod';
import type { Claims } from '../../../shared/platform/auth/claims.ts';
import type { Role } from '../../../shared/platform/auth/roles.ts';
import { loadOrCreateSigningKey, SIGNING_ALGORITHM } from './signing-key.ts';

/** Stands in for `https://cognito-idp.<region>.amazonaws.com/<poolId>`; the same in every local process. */
export const LOCAL_ISSUER = 'http://localhost/cadre-local-issuer';
/** Stands in for the Cognito app client id, which is the `aud` of a Cognito ID token. */
export const LOCAL_CLIENT_ID = 'cadre-local-client';
const DEFAULT_LIFETIME_SECONDS = 8 * 60 * 60;

/** Flat claims only, like Cognito's: what API Gateway can hand on to a Lambda. */
const claimsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

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

export type TokenVerdict =
  | { readonly ok: true; readonly claims: Claims }
  | { readonly ok: false; readonly reason: 'malformed' | 'expired' | 'invalid' };

export interface LocalIssuer {
  readonly issuer: string;
  readonly audience: string;
  /** The public keys, as served at /.well-known/jwks.json. */
  readonly jwks: () => JSONWebKeySet;
  /** A token whose claims have the shape of a Cognito ID token's. */
  readonly mint: (request: MintRequest) => Promise<string>;
  /** Checks signature, issuer, audience and expiry, as API Gateway's JWT authorizer does. */
  readonly verify: (token: string) => Promise<TokenVerdict>;
}

export interface LocalIssuerOptions {
  /** Where the key pair is kept: `.local/auth` for the local cloud and `npm run token`, a temp dir in tests. */
  readonly keyDirectory: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/**
 * The local stand-in for Cognito: an RS256 issuer with a JWKS. Used by the local cloud's gateway
 * (createGateway({ issuer })), by `npm run token` and by tests.
 *   const issuer = await createLocalIssuer({ keyDirectory: '.local/auth' });
 *   const token = await issuer.mint({ role: 'staff', sub, programmes: ['*'] });
 */
export const createLocalIssuer = async ({
  keyDirectory,
  issuer = LOCAL_ISSUER,
  audience = LOCAL_CLIENT_ID,
}: LocalIssuerOptions): Promise<LocalIssuer> => {
  const key = await loadOrCreateSigningKey(keyDirectory);
  const keySet: JSONWebKeySet = { keys: [key.publicJwk] };
  const publicKeys = createLocalJWKSet(keySet);

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

  const verify = async (token: string): Promise<TokenVerdict> => {
    try {
      const { payload } = await jwtVerify(token, publicKeys, { issuer, audience, algorithms: [SIGNING_ALGORITHM] });
      const claims = claimsSchema.safeParse(payload);
      return claims.success ? { ok: true, claims: claims.data } : { ok: false, reason: 'invalid' };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return { ok: false, reason: 'malformed' };
      return { ok: false, reason: 'invalid' };
    }
  };

  return { issuer, audience, jwks: () => keySet, mint, verify };
};
