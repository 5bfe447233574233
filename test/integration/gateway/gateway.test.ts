import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLocalIssuer, type LocalIssuer } from '../../../infra/local/auth/local-issuer.ts';
import { findDemoPerson } from '../../../infra/local/demo-people.ts';
import { createGateway, type RunningGateway } from '../../../infra/local/gateway/gateway.ts';
import type { ApiEvent, ApiHandler } from '../../../shared/platform/http/api-gateway.ts';
import { problemSchema, type Problem } from '../../../shared/platform/http/problem-schema.ts';
import { createRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { createWidget, readWidget, TEST_ROUTES } from '../../support/test-routes.ts';

let directory: string;
let issuer: LocalIssuer;
let gateway: RunningGateway;
const events: ApiEvent[] = [];

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-gateway-'));
  issuer = await createLocalIssuer({ keyDirectory: directory });
  const handler = createRouteHandler(TEST_ROUTES, { createWidget, readWidget });
  const recording: ApiHandler = (event, context) => {
    events.push(event);
    return handler(event, context);
  };
  gateway = await createGateway({ issuer, routes: TEST_ROUTES, loadHandler: async () => recording, bodyLimitBytes: 1024 * 1024 });
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
    const stranger = await createLocalIssuer({ keyDirectory: join(directory, 'stranger') });
    const cases: [Record<string, string>, string][] = [
      [{}, 'token-missing'],
      [{ authorization: 'Basic abc' }, 'token-malformed'],
      [{ authorization: 'Bearer not.a.jwt' }, 'token-malformed'],
      [{ authorization: `Bearer ${await issuer.mint({ role: 'staff', expiresInSeconds: -10 })}` }, 'token-expired'],
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
    const token = await issuer.mint({ roles: ['staff', 'expert'], sub: 's-1', programmes: ['*'] });
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
    const claims = event.requestContext.authorizer?.jwt.claims;
    assert.equal(claims?.['cognito:groups'], '[staff expert]');
    assert.equal(claims?.['sub'], 's-1');
    assert.equal(typeof claims?.['exp'], 'string');
    assert.equal(claims?.['custom:programmes'], '*');
  });

  it('joins repeated query parameters with commas', async () => {
    const token = await issuer.mint({ role: 'staff' });
    await postWidget({ authorization: `Bearer ${token}` }, JSON.stringify(widget), 'dryRun=true&dryRun=false');
    assert.equal(events.at(-1)?.rawQueryString, 'dryRun=true&dryRun=false');
    assert.deepEqual(events.at(-1)?.queryStringParameters, { dryRun: 'true,false' });
  });

  it('passes no authorizer on public routes, even with a token', async () => {
    const response = await fetch(`${gateway.url}/widgets/w%2D7`, {
      headers: { authorization: `Bearer ${await issuer.mint({ role: 'staff' })}` },
    });
    assert.deepEqual(await response.json(), { widgetId: 'w-7' });
    assert.equal(events.at(-1)?.requestContext.authorizer, undefined);
  });

  it('caps the body at the gateway (413) and leaves the Lambda’s own limit and parsing to it (413, 415, 400)', async () => {
    const authorization = `Bearer ${await issuer.mint({ role: 'staff' })}`;
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
    const authorization = `Bearer ${await issuer.mint({ role: 'staff' })}`;
    await postWidget({ authorization, 'content-type': 'application/octet-stream' });
    assert.equal(events.at(-1)?.isBase64Encoded, true);
  });

  it('publishes the JWKS and discovery document and mints demo tokens locally', async () => {
    const jwks = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string; d?: string }[] };
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0]?.d, undefined, 'no private key material');
    const discovery = (await (await fetch(`${gateway.url}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    assert.equal(discovery.issuer, issuer.issuer);
    assert.equal(discovery.jwks_uri, `${gateway.url}/.well-known/jwks.json`);

    const minted = await fetch(`${gateway.url}/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'partner' }),
    });
    const { token } = (await minted.json()) as { token: string };
    const verdict = await issuer.verify(token);
    assert.ok(verdict.ok);
    const partner = findDemoPerson('partner');
    assert.equal(verdict.claims['sub'], partner?.sub);
    assert.equal(verdict.claims['custom:region'], partner?.region);

    const refused = await problemOf(
      await fetch(`${gateway.url}/local/token`, { method: 'POST', body: JSON.stringify({ role: 'admin', extra: 1 }) }),
    );
    assert.deepEqual(refused.errors.map((error) => error.field).sort(), ['body.extra', 'body.role']);
  });
});
