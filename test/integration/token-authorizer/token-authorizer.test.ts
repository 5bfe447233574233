import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLocalIssuer, type LocalIssuer } from '../../../infra/local/auth/local-issuer.ts';
import { ENV } from '../../../shared/platform/config/env.ts';
import { USER_POOLS, type UserPoolName } from '../../../shared/platform/auth/user-pools.ts';

/**
 * functions/token-authorizer as API Gateway runs it: each pool's keys fetched from
 * `<issuer>/.well-known/jwks.json` (here a local server standing in for Cognito), the pool picked by
 * the token's issuer, and the simple response format an HTTP API Lambda authorizer must return.
 */
let directory: string;
let server: Server;
const issuers = new Map<UserPoolName, LocalIssuer>();
let handler: typeof import('../../../functions/token-authorizer/handler.ts')['handler'];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-token-authorizer-'));
  server = createServer((request, response) => {
    const pool = USER_POOLS.find((name) => request.url === `/${name}/.well-known/jwks.json`);
    response.writeHead(pool === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(pool === undefined ? {} : issuers.get(pool)?.jwks()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const pool of USER_POOLS) {
    const issuer = await createLocalIssuer({
      keyDirectory: join(directory, pool),
      pool,
      issuer: `${base}/${pool}`,
      audience: `${pool}-client`,
    });
    issuers.set(pool, issuer);
    process.env[ENV.userPoolIssuer[pool]] = issuer.issuer;
    process.env[ENV.userPoolClientId[pool]] = issuer.audience;
  }
  ({ handler } = await import('../../../functions/token-authorizer/handler.ts'));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(directory, { recursive: true, force: true });
});

const eventWith = (authorization: string): APIGatewayRequestAuthorizerEventV2 =>
  ({
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:eu-central-1:111111111111:api/$default/GET/me',
    identitySource: [authorization],
    routeKey: 'GET /me',
    rawPath: '/me',
    rawQueryString: '',
    headers: { authorization },
    requestContext: {},
  }) as unknown as APIGatewayRequestAuthorizerEventV2;

const issuer = (pool: UserPoolName): LocalIssuer => {
  const found = issuers.get(pool);
  assert.ok(found);
  return found;
};

describe('token authorizer Lambda', () => {
  it("allows either pool's ID token, with its claims flattened and cut to its pool's roles", async () => {
    const applicant = await issuer('applicants').mint({ roles: ['applicant', 'staff'], sub: 'a-1' });
    const asApplicant = await handler(eventWith(`Bearer ${applicant}`));
    assert.ok(asApplicant.isAuthorized && 'claims' in asApplicant.context);
    assert.equal(asApplicant.context.claims['sub'], 'a-1');
    assert.equal(asApplicant.context.claims['cognito:groups'], '[applicant]');
    assert.equal(asApplicant.context.claims['token_use'], 'id');
    const staff = await issuer('workforce').mint({ role: 'staff', sub: 's-1', programmes: ['*'] });
    const allowed = await handler(eventWith(`Bearer ${staff}`));
    assert.ok(allowed.isAuthorized && 'claims' in allowed.context);
    assert.equal(allowed.context.claims['cognito:groups'], '[staff]');
    assert.equal(allowed.context.claims['custom:programmes'], '*');
    assert.equal(allowed.context.claims['iss'], issuer('workforce').issuer);
    assert.deepEqual(Object.keys(allowed).sort(), ['context', 'isAuthorized'], 'nothing else: API Gateway rejects other fields');
  });

  it('marks an expired token of a pool expired, and refuses a stranger’s, another audience’s and garbage with nothing but isAuthorized', async () => {
    assert.deepEqual(await handler(eventWith(`Bearer ${await issuer('applicants').mint({ role: 'applicant', expiresInSeconds: -5 })}`)), {
      isAuthorized: true,
      context: { refusal: 'expired' },
    });
    const stranger = await createLocalIssuer({
      keyDirectory: join(directory, 'stranger'),
      pool: 'workforce',
      issuer: issuer('workforce').issuer,
    });
    const otherClient = await createLocalIssuer({
      keyDirectory: join(directory, 'workforce'),
      pool: 'workforce',
      issuer: issuer('workforce').issuer,
      audience: 'another-client',
    });
    for (const authorization of [
      `Bearer ${await stranger.mint({ role: 'staff' })}`,
      `Bearer ${await otherClient.mint({ role: 'staff' })}`,
      'Bearer not.a.jwt',
      'Basic dXNlcjpwYXNz',
    ]) {
      assert.deepEqual(await handler(eventWith(authorization)), { isAuthorized: false }, authorization.slice(0, 20));
    }
  });
});
