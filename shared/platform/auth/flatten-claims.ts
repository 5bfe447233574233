import type { Claims } from './claims.ts';

/**
 * Claims as API Gateway's JWT authorizer writes them into the event (measured on real HTTP APIs):
 * every value a string, arrays as "[a b]" (so `cognito:groups` becomes "[staff applicant]"),
 * numbers and booleans stringified. Lambdas must cope with exactly this, so the local gateway
 * reproduces it and the token authorizer hands its claims on in the same shape.
 */
export const flattenClaims = (claims: Claims): Record<string, string> =>
  Object.fromEntries(Object.entries(claims).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]));
