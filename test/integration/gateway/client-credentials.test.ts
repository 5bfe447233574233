import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import * as z from 'zod';
import { DEMO_MACHINE_CLIENTS } from '../../../infra/local/auth/demo-machine-clients.ts';
import { createLocalPools, type LocalPools } from '../../../infra/local/auth/local-pools.ts';
import { createGateway, type RunningGateway } from '../../../infra/local/gateway/gateway.ts';
import { CLIENT_TOKEN_PATH } from '../../../infra/local/gateway/local-endpoints.ts';
import { createRouteHandler } from '../../../shared/platform/http/route-handler.ts';
import { defineRoute, type RouteImplementation } from '../../../shared/platform/http/route.ts';

/**
 * The local issuer's client-credentials grant (Cognito's /oauth2/token for a deployment's machine
 * clients) and a machine route behind the gateway: a scoped access token passes with its client id
 * and scopes in the claims; a person's ID token, or a token without the route's scope, does not.
 */
const machineRoute = defineRoute({
  operationId: 'readMachineWidget',
  method: 'GET',
  path: '/machine-widgets',
  capability: 'docs',
  roles: ['scope:cadre-partners/releases.read'],
  summary: 'Who reads (test only)',
  tags: ['test'],
  responses: { 200: { description: 'The caller', body: z.strictObject({ clientId: z.string(), scopes: z.array(z.string()) }) } },
});
const readMachineWidget: RouteImplementation<typeof machineRoute> = async ({ identity }) => ({
  status: 200,
  body: { clientId: identity.clientId ?? '', scopes: [...(identity.scopes ?? [])] },
});

let directory: string;
let pools: LocalPools;
let gateway: RunningGateway;
const [demo] = DEMO_MACHINE_CLIENTS;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-client-credentials-'));
  pools = await createLocalPools({ keyDirectory: directory });
  const handler = createRouteHandler([machineRoute], { readMachineWidget });
  gateway = await createGateway({ pools, routes: [machineRoute], loadHandler: async () => handler });
});
afterAll(async () => {
  await gateway.stop();
  await rm(directory, { recursive: true, force: true });
});

const tokenRequest = (form: Record<string, string>, credentials?: readonly [string, string]): Promise<Response> =>
  fetch(`${gateway.url}${CLIENT_TOKEN_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(credentials === undefined
        ? {}
        : { authorization: `Basic ${Buffer.from(`${credentials[0]}:${credentials[1]}`).toString('base64')}` }),
    },
    body: new URLSearchParams(form).toString(),
  });

describe('machine clients on the local cloud', () => {
  it('get an hour’s access token for their client id and secret, with Cognito’s claims, and read a machine route with it', async () => {
    assert.ok(demo);
    const answer = await tokenRequest({ grant_type: 'client_credentials', scope: 'cadre-partners/releases.read' }, [
      demo.clientId,
      demo.clientSecret,
    ]);
    assert.equal(answer.status, 200);
    const { access_token: token, token_type: type, expires_in: lifetime } = (await answer.json()) as Record<string, unknown>;
    assert.deepEqual([type, lifetime], ['Bearer', 3600]);
    const verdict = await pools.workforce.clientTokens.verify(String(token));
    assert.ok(verdict.ok);
    assert.equal(verdict.claims['client_id'], demo.clientId);
    assert.equal(verdict.claims['token_use'], 'access');
    assert.equal(verdict.claims['aud'], undefined, 'an access token carries no audience');
    assert.deepEqual((await pools.workforce.verify(String(token))).ok, false, 'it is no ID token of the pool');

    const read = await fetch(`${gateway.url}/machine-widgets`, { headers: { authorization: `Bearer ${String(token)}` } });
    assert.equal(read.status, 200);
    assert.deepEqual(await read.json(), { clientId: demo.clientId, scopes: ['cadre-partners/releases.read'] });
    // The form's client_id and client_secret work as well as HTTP Basic.
    const posted = await tokenRequest({ grant_type: 'client_credentials', client_id: demo.clientId, client_secret: demo.clientSecret });
    assert.equal(posted.status, 200);
  });

  it('refuse a wrong secret, an unknown client, another grant and a scope the client lacks, as OAuth errors', async () => {
    assert.ok(demo);
    const cases: [Response, number, string][] = [
      [await tokenRequest({ grant_type: 'client_credentials' }, [demo.clientId, 'wrong']), 401, 'invalid_client'],
      [await tokenRequest({ grant_type: 'client_credentials' }, ['nobody', demo.clientSecret]), 401, 'invalid_client'],
      [await tokenRequest({ grant_type: 'client_credentials' }), 401, 'invalid_client'],
      [await tokenRequest({ grant_type: 'password' }, [demo.clientId, demo.clientSecret]), 400, 'unsupported_grant_type'],
      [
        await tokenRequest({ grant_type: 'client_credentials', scope: 'cadre-admin/everything' }, [demo.clientId, demo.clientSecret]),
        400,
        'invalid_scope',
      ],
    ];
    for (const [response, status, error] of cases) {
      assert.equal(response.status, status, error);
      assert.deepEqual(await response.json(), { error });
    }
  });

  it('keep a machine route from people’s ID tokens (401) and from access tokens without its scope (403)', async () => {
    const person = await pools.mint({ role: 'partner', organisation: 'molodezh-perm', region: '59' });
    const asPerson = await fetch(`${gateway.url}/machine-widgets`, { headers: { authorization: `Bearer ${person}` } });
    assert.equal(asPerson.status, 401);
    const unscoped = await pools.workforce.mintClientToken({ clientId: 'some-client', scopes: ['cadre-partners/other'] });
    const withoutScope = await fetch(`${gateway.url}/machine-widgets`, { headers: { authorization: `Bearer ${unscoped}` } });
    assert.equal(withoutScope.status, 403);
    const expired = await pools.workforce.mintClientToken({
      clientId: 'some-client',
      scopes: ['cadre-partners/releases.read'],
      expiresInSeconds: -5,
    });
    const late = await fetch(`${gateway.url}/machine-widgets`, { headers: { authorization: `Bearer ${expired}` } });
    assert.equal(late.status, 401);
    for (const response of [asPerson, withoutScope, late]) await response.body?.cancel();
  });
});
