import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { ROLES } from '../../../shared/platform/auth/roles.ts';
import { malformedJson, validationFailed } from '../../../shared/platform/errors/common-errors.ts';
import { validatePart } from '../../../shared/platform/http/field-problems.ts';
import type { HttpMethod } from '../../../shared/platform/http/route.ts';
import { USER_POOLS } from '../../../shared/platform/auth/user-pools.ts';
import { DEMO_MACHINE_CLIENTS, type DemoMachineClient } from '../auth/demo-machine-clients.ts';
import { CLIENT_TOKEN_LIFETIME_SECONDS } from '../auth/local-issuer.ts';
import type { LocalPools } from '../auth/local-pools.ts';
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
  /** Mint in this pool rather than the role's own: e.g. an applicants' pool token claiming staff, which the API refuses. */
  pool: z.enum(USER_POOLS).optional(),
});

/** The workforce pool's OAuth 2.0 token endpoint, where Cognito's domain serves it (`/oauth2/token`). */
export const CLIENT_TOKEN_PATH = '/local/pools/workforce/oauth2/token';

const sameSecret = (given: string, expected: string): boolean => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The client of a token request: HTTP Basic (client_secret_basic) or the form's client_id and client_secret, as Cognito takes them. */
const authenticatedClient = (incoming: IncomingMessage, form: URLSearchParams): DemoMachineClient | undefined => {
  const basic = /^Basic\s+(\S+)$/i.exec(incoming.headers.authorization ?? '')?.[1];
  const [id, secret] =
    basic === undefined
      ? [form.get('client_id') ?? '', form.get('client_secret') ?? '']
      : Buffer.from(basic, 'base64').toString('utf8').split(':');
  const client = DEMO_MACHINE_CLIENTS.find((candidate) => candidate.clientId === id);
  return client !== undefined && sameSecret(secret ?? '', client.clientSecret) ? client : undefined;
};

/**
 * The client-credentials grant (RFC 6749 §4.4) for the demo machine clients: a form-encoded
 * `grant_type=client_credentials` (and optionally `scope`, among the client's), the client's id and
 * secret; answers an access token as Cognito's token endpoint does, errors as OAuth's JSON.
 */
const clientTokenEndpoint = (pools: LocalPools): LocalEndpoint => ({
  method: 'POST',
  path: CLIENT_TOKEN_PATH,
  handle: async ({ incoming, body, correlationId }, response) => {
    const form = new URLSearchParams(body.toString('utf8'));
    const client = authenticatedClient(incoming, form);
    if (client === undefined) return writeJson(response, 401, { error: 'invalid_client' }, correlationId);
    if (form.get('grant_type') !== 'client_credentials')
      return writeJson(response, 400, { error: 'unsupported_grant_type' }, correlationId);
    const asked = form
      .get('scope')
      ?.split(' ')
      .filter((scope) => scope !== '') ?? [...client.scopes];
    if (asked.length === 0 || !asked.every((scope) => (client.scopes as readonly string[]).includes(scope)))
      return writeJson(response, 400, { error: 'invalid_scope' }, correlationId);
    const token = await pools.workforce.mintClientToken({ clientId: client.clientId, scopes: asked });
    writeJson(response, 200, { access_token: token, token_type: 'Bearer', expires_in: CLIENT_TOKEN_LIFETIME_SECONDS }, correlationId);
  },
});

/**
 * Each user pool's discovery document and JWKS (Cognito publishes them under the pool's issuer; here
 * under `/local/pools/<pool>/`), and the LOCAL-ONLY `POST /local/token` that mints a token for a demo
 * person of a role, in the pool of that role unless `pool` says otherwise; AWS has nothing like it.
 */
export const issuerEndpoints = (pools: LocalPools): readonly LocalEndpoint[] => [
  clientTokenEndpoint(pools),
  ...USER_POOLS.flatMap((pool): LocalEndpoint[] => {
    const base = `/local/pools/${pool}/.well-known`;
    return [
      {
        method: 'GET',
        path: `${base}/jwks.json`,
        handle: ({ correlationId }, response) => writeJson(response, 200, pools[pool].jwks(), correlationId),
      },
      {
        method: 'GET',
        path: `${base}/openid-configuration`,
        handle: ({ url, correlationId }, response) =>
          writeJson(
            response,
            200,
            {
              issuer: pools[pool].issuer,
              jwks_uri: new URL(`${base}/jwks.json`, url).href,
              token_endpoint: new URL('/local/token', url).href,
              response_types_supported: ['id_token'],
              subject_types_supported: ['public'],
              id_token_signing_alg_values_supported: ['RS256'],
            },
            correlationId,
          ),
      },
    ];
  }),
  {
    method: 'POST',
    path: '/local/token',
    handle: async ({ body, correlationId }, response) => {
      const request = validatePart('body', tokenRequestSchema, parseJson(body));
      if (!request.ok) throw validationFailed(request.problems);
      const { role, sub, region, organisation, programmes, pool } = request.value;
      const person = findDemoPerson(role, sub);
      const token = await pools.mint({
        ...(person === undefined ? { role } : mintRequestFor(person)),
        ...(sub === undefined ? {} : { sub }),
        ...(region === undefined ? {} : { region }),
        ...(organisation === undefined ? {} : { organisation }),
        ...(programmes === undefined ? {} : { programmes }),
        ...(pool === undefined ? {} : { pool }),
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
