import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { claimsExpired, identityFromClaims } from '../../../shared/platform/auth/claims.ts';
import { authorizeEitherPool, type PoolTokenVerifier, type TokenVerdict } from '../../../shared/platform/auth/pool-token.ts';
import { isRole, ROLES } from '../../../shared/platform/auth/roles.ts';
import {
  claimsForPool,
  poolOfRole,
  poolRoles,
  poolsAccepted,
  routeAuthorizer,
  routeScopes,
  USER_POOLS,
} from '../../../shared/platform/auth/user-pools.ts';
import { ROUTES } from '../../../shared/route-table.ts';

/** A JWT-shaped string whose payload names `iss`; the verifiers below decide, not a signature. */
const tokenFrom = (iss: string, marker: string): string =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss, marker })).toString('base64url')}.sig`;

const verifier = (pool: PoolTokenVerifier['pool'], verdicts: Record<string, TokenVerdict>): PoolTokenVerifier => ({
  pool,
  issuer: `https://issuer.example/${pool}`,
  verify: async (token) => {
    const marker = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).marker as string;
    return verdicts[marker] ?? { ok: false, reason: 'invalid' };
  },
});

describe('user pools', () => {
  it('puts every role in exactly one pool: applicants alone in theirs, everyone else in the workforce pool', () => {
    assert.deepEqual(poolRoles('applicants'), ['applicant']);
    assert.deepEqual(poolRoles('workforce'), ['expert', 'mentor', 'staff', 'partner']);
    assert.deepEqual(USER_POOLS.flatMap((pool) => poolRoles(pool)).sort(), [...ROLES].sort());
    for (const role of ROLES) assert.ok(poolRoles(poolOfRole(role)).includes(role));
  });

  it("gives each route the authorizer of its roles' pool, and the token authorizer when they span both", () => {
    assert.equal(routeAuthorizer(['anyone']), 'public');
    assert.equal(routeAuthorizer(['applicant']), 'applicants');
    assert.equal(routeAuthorizer(['staff', 'partner']), 'workforce');
    assert.equal(routeAuthorizer(['applicant', 'staff']), 'either-pool');
    assert.deepEqual(poolsAccepted('either-pool'), ['applicants', 'workforce']);
    assert.deepEqual(poolsAccepted('workforce'), ['workforce']);
    assert.deepEqual(poolsAccepted('public'), []);
    const eitherPool = ROUTES.filter((route) => routeAuthorizer(route.roles) === 'either-pool').map((route) => route.operationId);
    assert.ok(eitherPool.length > 0, 'routes both pools call exist (GET /me at least)');
    for (const route of ROUTES) {
      const accepted = poolsAccepted(routeAuthorizer(route.roles));
      for (const role of route.roles) if (isRole(role)) assert.ok(accepted.includes(poolOfRole(role)), `${route.operationId}: ${role}`);
    }
  });

  it('gives a route of machine scopes the machine authorizer, which takes no pool’s ID tokens, and never mixes it with people', () => {
    assert.equal(routeAuthorizer(['scope:cadre-partners/releases.read']), 'machine');
    assert.deepEqual(routeScopes(['scope:cadre-partners/releases.read']), ['cadre-partners/releases.read']);
    assert.deepEqual(routeScopes(['staff', 'partner']), []);
    assert.deepEqual(poolsAccepted('machine'), []);
    assert.throws(() => routeAuthorizer(['partner', 'scope:cadre-partners/releases.read']), /people or for machine clients/);
    assert.ok(
      ROUTES.some((route) => routeAuthorizer(route.roles) === 'machine'),
      'the partner API has machine routes',
    );
  });

  it('reads a machine client’s id and scopes from its access token, and none from an ID token', () => {
    const machine = identityFromClaims({
      sub: 'perm-portal',
      client_id: 'perm-portal',
      token_use: 'access',
      scope: 'cadre-partners/releases.read other/scope',
    });
    assert.equal(machine?.clientId, 'perm-portal');
    assert.deepEqual(machine?.scopes, ['cadre-partners/releases.read', 'other/scope']);
    assert.deepEqual(machine?.roles, []);
    const person = identityFromClaims({ sub: 'u', token_use: 'id', client_id: 'x', scope: 'cadre-partners/releases.read' });
    assert.equal(person?.clientId, undefined);
    assert.equal(person?.scopes, undefined);
  });

  it("cuts a token's groups down to the roles its pool grants, in either shape the claims come in", () => {
    assert.deepEqual(claimsForPool('applicants', { sub: 'u', 'cognito:groups': ['applicant', 'staff', 'admins'] })['cognito:groups'], [
      'applicant',
    ]);
    assert.equal(claimsForPool('applicants', { sub: 'u', 'cognito:groups': '[staff expert]' })['cognito:groups'], '[]');
    assert.equal(claimsForPool('workforce', { sub: 'u', 'cognito:groups': '[staff applicant]' })['cognito:groups'], '[staff]');
    assert.deepEqual(identityFromClaims(claimsForPool('applicants', { sub: 'u', 'cognito:groups': ['staff'] }))?.roles, []);
    assert.deepEqual(claimsForPool('workforce', { sub: 'u' }), { sub: 'u' });
  });

  it("tells a token's expiry from its claims, flattened or not", () => {
    const now = 1_000_000;
    assert.equal(claimsExpired({ exp: now - 1 }, now), true);
    assert.equal(claimsExpired({ exp: String(now) }, now), true);
    assert.equal(claimsExpired({ exp: String(now + 60) }, now), false);
    assert.equal(claimsExpired({ sub: 'no exp' }, now), false);
    assert.equal(claimsExpired(undefined, now), false);
  });
});

describe('the token authorizer of the routes both pools call', () => {
  const verifiers = [
    verifier('applicants', {
      good: { ok: true, claims: { sub: 'a-1', 'cognito:groups': ['applicant', 'staff'], exp: 2_000_000_000 } },
      stale: { ok: false, reason: 'expired' },
    }),
    verifier('workforce', { good: { ok: true, claims: { sub: 's-1', 'cognito:groups': ['staff'] } } }),
  ];

  it("verifies a token with the pool that issued it and passes its claims on, flattened and cut to that pool's roles", async () => {
    assert.deepEqual(await authorizeEitherPool(`Bearer ${tokenFrom('https://issuer.example/applicants', 'good')}`, verifiers), {
      isAuthorized: true,
      context: { claims: { sub: 'a-1', 'cognito:groups': '[applicant]', exp: '2000000000' } },
    });
    assert.deepEqual(await authorizeEitherPool(`bearer  ${tokenFrom('https://issuer.example/workforce', 'good')}`, verifiers), {
      isAuthorized: true,
      context: { claims: { sub: 's-1', 'cognito:groups': '[staff]' } },
    });
  });

  it('passes an expired token of one of the pools on as such, so the function answers 401', async () => {
    assert.deepEqual(await authorizeEitherPool(`Bearer ${tokenFrom('https://issuer.example/applicants', 'stale')}`, verifiers), {
      isAuthorized: true,
      context: { refusal: 'expired' },
    });
  });

  it('refuses anything else: another issuer, a bad signature, no bearer JWT', async () => {
    for (const [authorization, reason] of [
      [`Bearer ${tokenFrom('https://elsewhere.example', 'good')}`, 'invalid'],
      [`Bearer ${tokenFrom('https://issuer.example/workforce', 'forged')}`, 'invalid'],
      ['Bearer not-a-jwt', 'malformed'],
      ['Bearer a.b.c', 'malformed'],
      [`Basic ${Buffer.from('user:password').toString('base64')}`, 'malformed'],
    ] as const) {
      assert.deepEqual(await authorizeEitherPool(authorization, verifiers), { isAuthorized: false, reason }, authorization);
    }
  });
});
