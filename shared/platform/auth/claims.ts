import type { Identity } from './identity.ts';
import { isRole, type Role } from './roles.ts';

/** Claim values as API Gateway's JWT authorizer hands them over (and as a decoded token holds them). */
export type ClaimValue = string | number | boolean | readonly string[];
export type Claims = Readonly<Record<string, ClaimValue>>;

/**
 * The caller from verified JWT claims, or undefined when there is no subject (an anonymous call).
 * Claims are trusted here: the API Gateway JWT authorizer (or the local gateway) verified them.
 */
export const identityFromClaims = (claims: Claims | undefined): Identity | undefined => {
  const subject = stringClaim(claims?.['sub']);
  if (claims === undefined || subject === undefined) return undefined;
  return {
    subject,
    email: stringClaim(claims['email']),
    roles: rolesFrom(claims['cognito:groups']),
    region: stringClaim(claims['custom:region']),
    organisation: stringClaim(claims['custom:organisation']),
    programmes: listFrom(claims['custom:programmes']),
    ...(claims['token_use'] === 'access' ? { clientId: stringClaim(claims['client_id']), scopes: scopesFrom(claims['scope']) } : {}),
  };
};

/** An access token's `scope` is one space-separated string (RFC 6749 §3.3); flattening leaves it as it is. */
const scopesFrom = (value: ClaimValue | undefined): readonly string[] =>
  typeof value === 'string' ? value.split(' ').filter((scope) => scope !== '') : [];

/**
 * Whether the token's `exp` has passed. API Gateway checked it when it authorized the request; the
 * token authorizer's verdict, though, is cached for minutes per token, so a token it passed may
 * expire before a later request it is cached for.
 */
export const claimsExpired = (claims: Claims | undefined, nowSeconds: number = Date.now() / 1000): boolean => {
  const expiry = Number(claims?.['exp']);
  return Number.isFinite(expiry) && expiry <= nowSeconds;
};

const stringClaim = (value: ClaimValue | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * `cognito:groups` is an array in the token, but API Gateway flattens arrays in
 * `requestContext.authorizer.jwt.claims` into a string like "[staff applicant]".
 * Groups that are not cadre roles (e.g. console admin groups) are ignored, not errors.
 */
const rolesFrom = (value: ClaimValue | undefined): readonly Role[] => {
  const groups = Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  return [...new Set(groups.filter(isRole))];
};

/** Cognito custom attributes are strings, so lists travel comma-separated ("*" meaning all). */
const listFrom = (value: ClaimValue | undefined): readonly string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : [];
