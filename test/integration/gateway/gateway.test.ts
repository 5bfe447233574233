import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLocalPools, type LocalPools } from '../../../infra/local/auth/local-pools.ts';
import { findDemoPerson } from '../../../infra/local/demo-people.ts';
import { USER_POOLS } from '../../../shared/platform/auth/user-pools.ts';
import { createGateway, type RunningGateway } from '../../../infra/local/gateway/gateway.ts';
import type { ApiEvent, ApiHandler } from '../../../shared/platform/http/api-gateway.ts';
import { problemSchema, type Problem } from '../../../shared/platform/http/problem-schema.ts';
import { createRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { defineRoute, type RouteImplementation } from '../../../shared/platform/http/route.ts';
import { createWidget, readWidget, TEST_ROUTES } from '../../support/test-routes.ts';
import * as z from 'zod';

let directory: string;
let pools: LocalPools;
let gateway: RunningGateway;
const events: ApiEvent[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-gateway-'));
  pools = await createLocalPools({ keyDirectory: directory });
  const handler = createRouteHandler(TEST_ROUTES, { createWidget, readWidget });
  const recording: ApiHandler = (event, context) => {
    events.push(event);
    return handler(event, context);
  };
  gateway = await createGateway({ pools, routes: TEST_ROUTES, loadHandler: async () => recording, bodyLimitBytes: 1024 * 1024 });
});
afterAll(async () => {
  await gateway.stop();
  await rm(directory, { recursive: true, force: true });
});

const problemOf = async (response: Response): Promise<Problem> => {
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  return problemSchema.parse(await response.json());
};
const widget = { name: 'Gear', size: 1, owner: { email: 'o@example.org', phone: '+7 900 000-00-00' } };
const postWidget = (headers: Record<string, string>, body: string = JSON.stringify(widget), query = 'dryRun=true'): Promise<Response> =>
  fetch(`${gateway.url}/widgets/w-1?${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('local gateway', () => {
  it('answers an unknown path with 404 and a known path with another method with 405 and Allow', async () => {
    const missing = await problemOf(await fetch(`${gateway.url}/nowhere`));
    assert.equal(missing.status, 404);
    assert.equal(missing.code, 'route-not-found');
    const response = await fetch(`${gateway.url}/widgets/w-1`, { method: 'DELETE' });
    assert.equal(response.headers.get('allow'), 'POST, GET');
    const wrongMethod = await problemOf(response);
    assert.equal(wrongMethod.status, 405);
    assert.ok(wrongMethod.message.ru, 'a message in Russian');
    assert.ok(wrongMethod.message.en, 'a message in English');
  });

  it('refuses protected routes without a valid bearer token, naming the reason', async () => {
    const stranger = await createLocalPools({ keyDirectory: join(directory, 'stranger') });
    const cases: [Record<string, string>, string][] = [
      [{}, 'token-missing'],
      [{ authorization: 'Basic abc' }, 'token-malformed'],
      [{ authorization: 'Bearer not.a.jwt' }, 'token-malformed'],
      [{ authorization: `Bearer ${await pools.mint({ role: 'staff', expiresInSeconds: -10 })}` }, 'token-expired'],
      [{ authorization: `Bearer ${await stranger.mint({ role: 'staff' })}` }, 'token-invalid'],
    ];
    for (const [headers, code] of cases) {
      const response = await postWidget(headers);
      assert.equal(response.headers.get('www-authenticate'), 'Bearer');
      const problem = await problemOf(response);
      assert.equal(problem.status, 401, code);
      assert.equal(problem.code, code);
    }
  });

  it('hands the Lambda a payload 2.0 event with claims flattened as API Gateway does', async () => {
    const token = await pools.mint({ roles: ['staff', 'expert'], sub: 's-1', programmes: ['*'] });
    const response = await postWidget({ authorization: `Bearer ${token}`, 'x-correlation-id': 'corr-1' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('x-correlation-id'), 'corr-1');
    const event = events.at(-1);
    assert.ok(event);
    assert.equal(event.version, '2.0');
    assert.equal(event.routeKey, 'POST /widgets/{widgetId}');
    assert.equal(event.rawPath, '/widgets/w-1');
    assert.equal(event.rawQueryString, 'dryRun=true');
    assert.deepEqual(event.pathParameters, { widgetId: 'w-1' });
    assert.equal(event.isBase64Encoded, false);
    assert.deepEqual(JSON.parse(event.body ?? ''), widget);
    assert.equal(event.requestContext.requestId, 'corr-1');
    const claims = event.requestContext.authorizer?.jwt?.claims;
    assert.equal(claims?.['cognito:groups'], '[staff expert]');
    assert.equal(claims?.['sub'], 's-1');
    assert.equal(typeof claims?.['exp'], 'string');
    assert.equal(claims?.['custom:programmes'], '*');
  });

  it('joins repeated query parameters with commas', async () => {
    const token = await pools.mint({ role: 'staff' });
    await postWidget({ authorization: `Bearer ${token}` }, JSON.stringify(widget), 'dryRun=true&dryRun=false');
    assert.equal(events.at(-1)?.rawQueryString, 'dryRun=true&dryRun=false');
    assert.deepEqual(events.at(-1)?.queryStringParameters, { dryRun: 'true,false' });
  });

  it('passes no authorizer on public routes, even with a token', async () => {
    const response = await fetch(`${gateway.url}/widgets/w%2D7`, {
      headers: { authorization: `Bearer ${await pools.mint({ role: 'staff' })}` },
    });
    assert.deepEqual(await response.json(), { widgetId: 'w-7' });
    assert.equal(events.at(-1)?.requestContext.authorizer, undefined);
  });

  it('caps the body at the gateway (413) and leaves the Lambda’s own limit and parsing to it (413, 415, 400)', async () => {
    const authorization = `Bearer ${await pools.mint({ role: 'staff' })}`;
    const atGateway = await problemOf(await postWidget({ authorization }, 'x'.repeat(1024 * 1024 + 1)));
    assert.equal(atGateway.status, 413);
    assert.equal(
      (await problemOf(await postWidget({ authorization }, JSON.stringify({ ...widget, pad: 'x'.repeat(200 * 1024) })))).status,
      413,
    );
    assert.equal((await problemOf(await postWidget({ authorization, 'content-type': 'text/plain' }))).status, 415);
    const malformed = await problemOf(await postWidget({ authorization }, '{"name": '));
    assert.equal(malformed.status, 400);
    assert.equal(malformed.code, 'malformed-json');
    assert.deepEqual(
      malformed.errors.map((error) => error.field),
      ['body'],
    );
  });

  it('base64-encodes bodies of non-text media types, as API Gateway does', async () => {
    const authorization = `Bearer ${await pools.mint({ role: 'staff' })}`;
    await postWidget({ authorization, 'content-type': 'application/octet-stream' });
    assert.equal(events.at(-1)?.isBase64Encoded, true);
  });

  it("publishes each pool's JWKS and discovery document and mints demo tokens locally, in the role's pool", async () => {
    for (const pool of USER_POOLS) {
      const base = `${gateway.url}/local/pools/${pool}/.well-known`;
      const jwks = (await (await fetch(`${base}/jwks.json`)).json()) as { keys: { kid: string; d?: string }[] };
      assert.equal(jwks.keys.length, 1);
      assert.equal(jwks.keys[0]?.d, undefined, 'no private key material');
      const discovery = (await (await fetch(`${base}/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
      assert.equal(discovery.issuer, pools[pool].issuer);
      assert.equal(discovery.jwks_uri, `${base}/jwks.json`);
    }
    assert.notEqual(pools.applicants.issuer, pools.workforce.issuer);

    const mint = async (body: object): Promise<string> => {
      const minted = await fetch(`${gateway.url}/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(minted.status, 200);
      return ((await minted.json()) as { token: string }).token;
    };
    const verdict = await pools.workforce.verify(await mint({ role: 'partner' }));
    assert.ok(verdict.ok);
    const partner = findDemoPerson('partner');
    assert.equal(verdict.claims['sub'], partner?.sub);
    assert.equal(verdict.claims['custom:region'], partner?.region);
    assert.ok((await pools.applicants.verify(await mint({ role: 'applicant' }))).ok);
    const inTheOtherPool = await mint({ role: 'staff', pool: 'applicants' });
    assert.ok((await pools.applicants.verify(inTheOtherPool)).ok);
    assert.deepEqual(await pools.workforce.verify(inTheOtherPool), { ok: false, reason: 'invalid' });

    const refused = await problemOf(
      await fetch(`${gateway.url}/local/token`, { method: 'POST', body: JSON.stringify({ role: 'admin', extra: 1 }) }),
    );
    assert.deepEqual(refused.errors.map((error) => error.field).sort(), ['body.extra', 'body.role']);
  });
});

/** A route both user pools call, as reading an application is: the token authorizer's, not a JWT authorizer's. */
const widgetOwnerRoute = defineRoute({
  operationId: 'readWidgetOwner',
  method: 'GET',
  path: '/widgets/{widgetId}/owner',
  capability: 'docs',
  roles: ['applicant', 'staff'],
  summary: 'Who reads a widget (test only)',
  tags: ['test'],
  request: { params: z.strictObject({ widgetId: z.string() }) },
  responses: { 200: { description: 'The caller', body: z.strictObject({ caller: z.string(), roles: z.array(z.string()) }) } },
});
const readWidgetOwner: RouteImplementation<typeof widgetOwnerRoute> = async ({ identity }) => ({
  status: 200,
  body: { caller: identity.subject, roles: [...identity.roles] },
});

describe('local gateway: a route both user pools call', () => {
  let either: RunningGateway;
  const seen: ApiEvent[] = [];
  beforeAll(async () => {
    const handler = createRouteHandler([widgetOwnerRoute] as const, { readWidgetOwner });
    either = await createGateway({
      pools,
      routes: [widgetOwnerRoute],
      loadHandler: async () => (event, context) => {
        seen.push(event);
        return handler(event, context);
      },
    });
  });
  afterAll(() => either.stop());
  const read = (token: string | undefined): Promise<Response> =>
    fetch(`${either.url}/widgets/w-1/owner`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it("takes either pool's token and hands the Lambda the token authorizer's claims, cut to the roles of the pool that signed it", async () => {
    for (const [token, roles] of [
      [await pools.mint({ role: 'applicant', sub: 'a-1' }), ['applicant']],
      [await pools.mint({ role: 'staff', sub: 'a-1', programmes: ['*'] }), ['staff']],
      [await pools.mint({ roles: ['applicant', 'staff'], sub: 'a-1', pool: 'applicants' }), ['applicant']],
      [await pools.mint({ roles: ['staff', 'applicant'], sub: 'a-1', pool: 'workforce' }), ['staff']],
    ] as const) {
      const response = await read(token);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { caller: 'a-1', roles });
      const authorizer = seen.at(-1)?.requestContext.authorizer;
      assert.equal(authorizer?.jwt, undefined);
      assert.ok(authorizer?.lambda !== undefined && 'claims' in authorizer.lambda);
      assert.equal(authorizer.lambda.claims['cognito:groups'], `[${roles.join(' ')}]`);
    }
  });

  it("refuses a token whose pool grants none of the route's roles once its groups are cut (403)", async () => {
    const problem = await problemOf(await read(await pools.mint({ role: 'staff', pool: 'applicants' })));
    assert.equal(problem.status, 403);
    assert.equal(problem.code, 'forbidden');
  });

  it('answers a missing token 401, an expired one of ours 401 from the function, and anything else 403 at the authorizer', async () => {
    const stranger = await createLocalPools({ keyDirectory: join(directory, 'either-stranger') });
    const cases: [string | undefined, number, string][] = [
      [undefined, 401, 'token-missing'],
      [await pools.mint({ role: 'applicant', expiresInSeconds: -10 }), 401, 'token-expired'],
      [await stranger.mint({ role: 'applicant' }), 403, 'token-invalid'],
      ['not.a.jwt', 403, 'token-malformed'],
    ];
    for (const [token, status, code] of cases) {
      const before = seen.length;
      const problem = await problemOf(await read(token));
      assert.equal(problem.status, status, code);
      assert.equal(problem.code, code);
      // Only the expired token reaches the function, marked as such; the others stop at the gateway.
      assert.equal(seen.length - before, code === 'token-expired' ? 1 : 0, code);
    }
  });
});
