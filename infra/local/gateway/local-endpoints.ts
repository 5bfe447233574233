import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { ROLES } from '../../../shared/platform/auth/roles.ts';
import { malformedJson, validationFailed } from '../../../shared/platform/errors/common-errors.ts';
import { validatePart } from '../../../shared/platform/http/field-problems.ts';
import type { HttpMethod } from '../../../shared/platform/http/route.ts';
import type { LocalIssuer } from '../auth/local-issuer.ts';
import { findDemoPerson, mintRequestFor } from '../demo-people.ts';
import { writeJson } from './write-result.ts';

/**
 * An endpoint the local gateway serves itself, outside the route table (which is what AWS
 * serves): matched by exact method and path before the table. A thrown AppError becomes a problem.
 */
export interface LocalEndpoint {
  readonly method: HttpMethod;
  readonly path: string;
  readonly handle: (request: LocalEndpointRequest, response: ServerResponse) => Promise<void> | void;
}

export interface LocalEndpointRequest {
  readonly incoming: IncomingMessage;
  readonly url: URL;
  readonly body: Buffer;
  readonly correlationId: string;
}

const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

const tokenRequestSchema = z.strictObject({
  role: z.enum(ROLES),
  sub: z.string().min(1).max(128).optional(),
  region: z
    .string()
    .regex(/^\d{2,3}$/)
    .optional(),
  organisation: z.string().min(1).max(200).optional(),
  programmes: z.array(z.string().min(1)).optional(),
});

/**
 * The issuer's discovery document and JWKS (where Cognito publishes them), and the LOCAL-ONLY
 * `POST /local/token` that mints a token for a demo person of a role; AWS has nothing like it.
 */
export const issuerEndpoints = (issuer: LocalIssuer): readonly LocalEndpoint[] => [
  {
    method: 'GET',
    path: '/.well-known/jwks.json',
    handle: ({ correlationId }, response) => writeJson(response, 200, issuer.jwks(), correlationId),
  },
  {
    method: 'GET',
    path: '/.well-known/openid-configuration',
    handle: ({ url, correlationId }, response) =>
      writeJson(
        response,
        200,
        {
          issuer: issuer.issuer,
          jwks_uri: new URL('/.well-known/jwks.json', url).href,
          token_endpoint: new URL('/local/token', url).href,
          response_types_supported: ['id_token'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        },
        correlationId,
      ),
  },
  {
    method: 'POST',
    path: '/local/token',
    handle: async ({ body, correlationId }, response) => {
      const request = validatePart('body', tokenRequestSchema, parseJson(body));
      if (!request.ok) throw validationFailed(request.problems);
      const { role, sub, region, organisation, programmes } = request.value;
      const person = findDemoPerson(role, sub);
      const token = await issuer.mint({
        ...(person === undefined ? { role } : mintRequestFor(person)),
        ...(sub === undefined ? {} : { sub }),
        ...(region === undefined ? {} : { region }),
        ...(organisation === undefined ? {} : { organisation }),
        ...(programmes === undefined ? {} : { programmes }),
        expiresInSeconds: TOKEN_LIFETIME_SECONDS,
      });
      writeJson(response, 200, { token, tokenType: 'Bearer', expiresIn: TOKEN_LIFETIME_SECONDS }, correlationId);
    },
  },
];

const parseJson = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw malformedJson();
  }
};
