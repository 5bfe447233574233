import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { createLocalIssuer, LOCAL_POOLS } from '../../../infra/local/auth/local-issuer.ts';
import { createLocalPools } from '../../../infra/local/auth/local-pools.ts';

const directories: string[] = [];
const tempDirectory = async (): Promise<string> => {
  const directory = await mkdtemp(join(tmpdir(), 'cadre-issuer-'));
  directories.push(directory);
  return directory;
};
afterAll(() => Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true }))));

describe('local JWT issuer', () => {
  it('mints tokens shaped like Cognito ID tokens and verifies them', async () => {
    const issuer = await createLocalIssuer({ keyDirectory: await tempDirectory(), pool: 'workforce' });
    const token = await issuer.mint({
      role: 'partner',
      sub: 'p-1',
      email: 'p@example.org',
      region: '77',
      organisation: 'Org',
      programmes: ['a', 'b'],
    });
    const claims = decodeJwt(token);
    assert.equal(decodeProtectedHeader(token).alg, 'RS256');
    assert.equal(claims.iss, LOCAL_POOLS.workforce.issuer);
    assert.equal(claims.aud, LOCAL_POOLS.workforce.clientId);
    assert.equal(claims['token_use'], 'id');
    assert.deepEqual(claims['cognito:groups'], ['partner']);
    assert.equal(claims['custom:region'], '77');
    assert.equal(claims['custom:organisation'], 'Org');
    assert.equal(claims['custom:programmes'], 'a,b');
    assert.ok(typeof claims.exp === 'number', `exp is a number: ${claims.exp}`);
    assert.ok(typeof claims.iat === 'number', `iat is a number: ${claims.iat}`);
    assert.ok(claims.exp > claims.iat, `exp ${claims.exp} is after iat ${claims.iat}`);
    const verdict = await issuer.verify(token);
    assert.ok(verdict.ok);
    assert.equal(verdict.claims['sub'], 'p-1');
  });

  it('keeps its key in the directory, so another process (npm run token) signs what the gateway accepts', async () => {
    const directory = await tempDirectory();
    const [first, second] = await Promise.all([
      createLocalIssuer({ keyDirectory: directory, pool: 'workforce' }),
      createLocalIssuer({ keyDirectory: directory, pool: 'workforce' }),
    ]);
    assert.deepEqual(first.jwks(), second.jwks());
    const later = await createLocalIssuer({ keyDirectory: directory, pool: 'workforce' });
    assert.ok((await later.verify(await first.mint({ roles: ['staff', 'expert'] }))).ok);
  });

  it('refuses expired, foreign and malformed tokens with the reason', async () => {
    const directory = await tempDirectory();
    const issuer = await createLocalIssuer({ keyDirectory: directory, pool: 'workforce' });
    const stranger = await createLocalIssuer({ keyDirectory: await tempDirectory(), pool: 'workforce' });
    assert.deepEqual(await issuer.verify(await issuer.mint({ role: 'staff', expiresInSeconds: -60 })), { ok: false, reason: 'expired' });
    assert.deepEqual(await issuer.verify(await stranger.mint({ role: 'staff' })), { ok: false, reason: 'invalid' });
    assert.deepEqual(await issuer.verify('not-a-jwt'), { ok: false, reason: 'malformed' });
    const otherAudience = await createLocalIssuer({ keyDirectory: directory, pool: 'workforce', audience: 'someone-else' });
    assert.deepEqual(await issuer.verify(await otherAudience.mint({ role: 'staff' })), { ok: false, reason: 'invalid' });
  });

  it('has one issuer per user pool, each with its own keys, and mints in the pool of the roles asked for', async () => {
    const pools = await createLocalPools({ keyDirectory: await tempDirectory() });
    assert.notDeepEqual(pools.applicants.jwks(), pools.workforce.jwks());
    assert.equal(decodeJwt(await pools.mint({ role: 'applicant' })).iss, LOCAL_POOLS.applicants.issuer);
    assert.equal(decodeJwt(await pools.mint({ roles: ['staff', 'expert'] })).iss, LOCAL_POOLS.workforce.issuer);
    const claimingStaff = await pools.mint({ role: 'staff', pool: 'applicants' });
    assert.equal(decodeJwt(claimingStaff).iss, LOCAL_POOLS.applicants.issuer);
    assert.deepEqual(await pools.workforce.verify(claimingStaff), { ok: false, reason: 'invalid' });
    await assert.rejects(pools.mint({ roles: ['applicant', 'staff'] }), /different pools/);
  });
});
