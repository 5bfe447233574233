import type { IncomingMessage } from 'node:http';
import type { Claims } from '../../../shared/platform/auth/claims.ts';
import type { AppError } from '../../../shared/platform/errors/app-error.ts';
import { unauthorized } from '../../../shared/platform/errors/common-errors.ts';
import type { LocalIssuer } from '../auth/local-issuer.ts';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * What API Gateway's JWT authorizer does before a protected route's Lambda is called: read the
 * bearer token, verify it against the issuer's keys, refuse with 401 otherwise. Here the refusal
 * is a problem+json naming the reason instead of API Gateway's bare {"message":"Unauthorized"}.
 */
export const bearerClaims = async (
  request: IncomingMessage,
  issuer: LocalIssuer,
): Promise<{ readonly ok: true; readonly claims: Claims } | { readonly ok: false; readonly error: AppError }> => {
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') return { ok: false, error: unauthorized('missing') };
  const token = BEARER.exec(header.trim())?.[1];
  if (token === undefined) return { ok: false, error: unauthorized('malformed') };
  const verdict = await issuer.verify(token);
  return verdict.ok ? verdict : { ok: false, error: unauthorized(verdict.reason) };
};
