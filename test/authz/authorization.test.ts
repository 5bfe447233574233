import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLocalPools, type LocalPools } from '../../infra/local/auth/local-pools.ts';
import { findDemoPerson, mintRequestFor } from '../../infra/local/demo-people.ts';
import { createGateway, type RunningGateway } from '../../infra/local/gateway/gateway.ts';
import { isRole, MACHINE_SCOPES, ROLES, type Role } from '../../shared/platform/auth/roles.ts';
import { poolOfRole, poolRoles, poolsAccepted, routeAuthorizer, routeScopes } from '../../shared/platform/auth/user-pools.ts';
import { problemSchema, type Problem } from '../../shared/platform/http/problem-schema.ts';
import { isPublicRoute, routeKey, type HttpMethod, type RouteDefinition } from '../../shared/platform/http/route.ts';
import { ROUTES } from '../../shared/route-table.ts';

/**
 * Walks EVERY route of the route table through the local gateway and the real capability handlers
 * and checks the declared access exactly: a protected route refuses no token and an expired token
 * with 401 and a token signed by a stranger at its authorizer (401 from a pool's JWT authorizer, 403
 * from the token authorizer of the routes both pools call), refuses every role it does not list with
 * 403 (401 when the role's pool is not one the route's authorizer accepts) and lets every role it
 * lists through; a public route never answers 401 or 403. Each role's
 * token comes from its own user pool, and a token of the other pool never acts as its roles. Path ids
 * are random, so nothing exists and nothing is written: the role check runs before validation and lookup.
 */
let directory: string;
let pools: LocalPools;
let gateway: RunningGateway;
const tokens = new Map<Role, string>();
let expiredToken: string;
let strangerToken: string;
/** Tokens of the applicants' pool claiming every workforce role, and of the workforce pool claiming applicant. */
let applicantPoolClaimingWorkforce: string;
let workforcePoolClaimingApplicant: string;
/** A machine client's access tokens: with every scope machine routes ask for, with none of them, expired, and a stranger's. */
let machineToken: string;
let unscopedMachineToken: string;
let expiredMachineToken: string;
let strangerMachineToken: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cadre-authz-'));
  pools = await createLocalPools({ keyDirectory: join(directory, 'pools') });
  const stranger = await createLocalPools({ keyDirectory: join(directory, 'stranger') });
  for (const role of ROLES) {
    const person = findDemoPerson(role);
    assert.ok(person, `a demo ${role}`);
    tokens.set(role, await pools.mint(mintRequestFor(person)));
  }
  expiredToken = await pools.mint({ role: 'staff', programmes: ['*'], expiresInSeconds: -60 });
  strangerToken = await stranger.mint({ role: 'staff', programmes: ['*'] });
  applicantPoolClaimingWorkforce = await pools.mint({ roles: poolRoles('workforce'), programmes: ['*'], pool: 'applicants' });
  workforcePoolClaimingApplicant = await pools.mint({ role: 'applicant', pool: 'workforce' });
  const clientId = `authz-client-${randomUUID().slice(0, 8)}`;
  machineToken = await pools.workforce.mintClientToken({ clientId, scopes: MACHINE_SCOPES });
  unscopedMachineToken = await pools.workforce.mintClientToken({ clientId, scopes: ['cadre-partners/something-else'] });
  expiredMachineToken = await pools.workforce.mintClientToken({ clientId, scopes: MACHINE_SCOPES, expiresInSeconds: -60 });
  strangerMachineToken = await stranger.workforce.mintClientToken({ clientId, scopes: MACHINE_SCOPES });
  gateway = await createGateway({ pools });
});
afterAll(async () => {
  await gateway.stop();
  await rm(directory, { recursive: true, force: true });
});

const pathOf = (route: RouteDefinition): string => route.path.replace(/\{\w+\+?\}/g, () => `zz${randomUUID().slice(0, 8)}`);

const send = (route: RouteDefinition, token: string | undefined): Promise<Response> =>
  fetch(`${gateway.url}${pathOf(route)}`, {
    method: route.method,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });

const problemOf = async (response: Response): Promise<Problem> => {
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const problem = problemSchema.parse(await response.json());
  assert.ok(problem.message.ru.length > 0, 'a message in Russian');
  assert.ok(problem.message.en.length > 0, 'a message in English');
  return problem;
};

describe('authorization of every route in the route table', () => {
  for (const route of ROUTES) {
    it(`${routeKey(route)} allows exactly ${route.roles.join(', ')}`, async () => {
      const eitherPool = routeAuthorizer(route.roles) === 'either-pool';
      const unauthenticated: [string, string | undefined, number][] = [
        ['no token', undefined, 401],
        ['an expired token', expiredToken, 401],
        // An HTTP API answers a Lambda authorizer's refusal with 403; a JWT authorizer's with 401.
        ['a token signed by another key', strangerToken, eitherPool ? 403 : 401],
      ];
      for (const [label, token, status] of unauthenticated) {
        const response = await send(route, token);
        if (isPublicRoute(route)) {
          assert.ok(![401, 403].includes(response.status), `${label}: public route answered ${response.status}`);
          await response.body?.cancel();
        } else {
          assert.equal(response.status, status, `${label}`);
          assert.match((await problemOf(response)).code, /^token-/);
        }
      }
      for (const role of ROLES) {
        const response = await send(route, tokens.get(role));
        const allowed = isPublicRoute(route) || route.roles.includes(role);
        if (allowed) {
          assert.ok(![401, 403].includes(response.status), `${role} is allowed but got ${response.status}`);
          assert.ok(response.status < 500, `${role}: ${response.status} for a client request`);
          await response.body?.cancel();
        } else if (poolsAccepted(routeAuthorizer(route.roles)).includes(poolOfRole(role))) {
          assert.equal(response.status, 403, `${role} is not allowed`);
          assert.equal((await problemOf(response)).code, 'forbidden');
        } else {
          // The route's JWT authorizer is another pool's: it refuses this pool's tokens before any role check.
          assert.equal(response.status, 401, `${role} is not allowed, and its pool's tokens are not accepted`);
          assert.equal((await problemOf(response)).code, 'token-invalid');
        }
      }
    });
  }
});

describe('a token acts only as the roles its own user pool grants', () => {
  for (const route of ROUTES.filter((candidate) => !isPublicRoute(candidate))) {
    it(`${routeKey(route)} refuses the other pool's roles`, async () => {
      for (const [label, token, claimed] of [
        ["an applicants' pool token claiming every workforce role", applicantPoolClaimingWorkforce, poolRoles('workforce')],
        ['a workforce pool token claiming applicant', workforcePoolClaimingApplicant, poolRoles('applicants')],
      ] as const) {
        const response = await send(route, token);
        if (!route.roles.some((role) => (claimed as readonly string[]).includes(role))) {
          await response.body?.cancel();
          continue;
        }
        const problem = await problemOf(response);
        if (routeAuthorizer(route.roles) === 'either-pool') {
          // The token authorizer verifies it and drops the groups its pool does not grant: no role left.
          assert.equal(response.status, 403, label);
          assert.equal(problem.code, 'forbidden', label);
        } else {
          // A JWT authorizer of the route's one pool does not accept the other pool's issuer.
          assert.equal(response.status, 401, label);
          assert.equal(problem.code, 'token-invalid', label);
        }
      }
    });
  }

  it("refuses an applicants' pool token claiming staff on every route staff may call", async () => {
    const claimingStaff = await pools.mint({ role: 'staff', programmes: ['*'], pool: 'applicants' });
    const staffRoutes = ROUTES.filter((route) => route.roles.includes('staff'));
    assert.ok(staffRoutes.length > 0);
    for (const route of staffRoutes) {
      const response = await send(route, claimingStaff);
      assert.ok([401, 403].includes(response.status), `${routeKey(route)} answered ${response.status}`);
      await response.body?.cancel();
    }
  });
});

describe('a machine client acts only on machine routes, and only with their scope', () => {
  for (const route of ROUTES.filter((candidate) => !isPublicRoute(candidate))) {
    it(`${routeKey(route)} takes ${routeAuthorizer(route.roles) === 'machine' ? 'only a scoped' : 'no'} machine token`, async () => {
      const authorizer = routeAuthorizer(route.roles);
      if (authorizer === 'machine') {
        assert.ok(routeScopes(route.roles).every((scope) => MACHINE_SCOPES.includes(scope)));
        const allowed = await send(route, machineToken);
        // Past the authorizer and the scope check: the handler answers (here 404: the client is registered for no organisation).
        assert.ok(![401, 403].includes(allowed.status), `a scoped machine token got ${allowed.status}`);
        assert.ok(allowed.status < 500, `a scoped machine token: ${allowed.status}`);
        await allowed.body?.cancel();
        const unscoped = await send(route, unscopedMachineToken);
        assert.equal(unscoped.status, 403, 'a token without the route’s scope');
        assert.equal((await problemOf(unscoped)).code, 'forbidden');
        for (const [label, token] of [
          ['an expired machine token', expiredMachineToken],
          ['a machine token signed by another key', strangerMachineToken],
        ] as const) {
          const refused = await send(route, token);
          assert.equal(refused.status, 401, label);
          assert.match((await problemOf(refused)).code, /^token-/);
        }
        return;
      }
      // A people's route: its JWT authorizer takes ID tokens of its pool only (401); the token authorizer refuses what no pool issued as an ID token (403).
      const refused = await send(route, machineToken);
      assert.equal(refused.status, authorizer === 'either-pool' ? 403 : 401);
      assert.match((await problemOf(refused)).code, /^token-/);
    });
  }
});

describe('refusals before any handler logic', () => {
  const bodyRoute = ROUTES.find((route) => route.request?.body !== undefined && !isPublicRoute(route));
  const roleOf = (route: RouteDefinition): Role => {
    const role = route.roles.find((access): access is Role => isRole(access));
    assert.ok(role);
    return role;
  };
  const sendBody = (route: RouteDefinition, body: string, contentType: string): Promise<Response> =>
    fetch(`${gateway.url}${pathOf(route)}`, {
      method: route.method,
      headers: { authorization: `Bearer ${tokens.get(roleOf(route))}`, 'content-type': contentType },
      body,
    });

  it('answers an unknown route with 404', async () => {
    const problem = await problemOf(await fetch(`${gateway.url}/no-such-thing/${randomUUID()}`));
    assert.equal(problem.status, 404);
    assert.equal(problem.code, 'route-not-found');
    assert.deepEqual(problem.errors, []);
  });

  it('answers a known path with an unused method with 405 and Allow', async () => {
    const methods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
    const route = ROUTES.find((candidate) =>
      methods.some((method) => !ROUTES.some((other) => other.path === candidate.path && other.method === method)),
    );
    assert.ok(route, 'a path that does not use every method');
    const unused = methods.find((method) => !ROUTES.some((other) => other.path === route.path && other.method === method));
    const response = await fetch(`${gateway.url}${pathOf(route)}`, { method: unused });
    const problem = await problemOf(response);
    assert.equal(problem.status, 405);
    assert.equal(problem.code, 'method-not-allowed');
    assert.ok(response.headers.get('allow')?.includes(route.method));
  });

  it('answers a body over the limit with 413, non-JSON with 400 and another media type with 415', async () => {
    assert.ok(bodyRoute, 'a protected route that takes a body');
    const tooLarge = await problemOf(await sendBody(bodyRoute, JSON.stringify({ padding: 'x'.repeat(101 * 1024) }), 'application/json'));
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.code, 'payload-too-large');
    const notJson = await problemOf(await sendBody(bodyRoute, '{"oops": ', 'application/json'));
    assert.equal(notJson.status, 400);
    assert.equal(notJson.code, 'malformed-json');
    const wrongType = await problemOf(await sendBody(bodyRoute, '{}', 'text/plain'));
    assert.equal(wrongType.status, 415);
    assert.equal(wrongType.code, 'unsupported-media-type');
    for (const problem of [tooLarge, notJson, wrongType]) {
      assert.ok(problem.errors.length > 0, `${problem.code} names the field at fault`);
      for (const error of problem.errors) {
        assert.ok(error.message.ru, `${problem.code}: ${error.field} has a message in Russian`);
        assert.ok(error.message.en, `${problem.code}: ${error.field} has a message in English`);
      }
    }
  });
});
