import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { captureLogs } from '../../support/capture-logs.ts';
import { withProfile } from '../../support/profile-fixtures.ts';
import { call, consentingApplicant, newApplicant } from './call-applicants.ts';

describe('logs of profile and consent requests', () => {
  it('carry no personal data, whether the request succeeds or is refused', async () => {
    const { sub, claims } = await consentingApplicant();
    const unconsented = newApplicant();
    const profile = withProfile({
      name: { last: 'Логинова', first: 'Евфросиния' },
      contacts: { email: 'efrosinia.loginova@example.org', phone: '+79998887766' },
    });
    const guardian = { fullName: 'Логинов Аристарх', email: 'aristarkh@example.org', relationship: 'parent' };
    const output = await captureLogs(async () => {
      assert.equal((await call({ method: 'PUT', route: '/me/profile', claims: unconsented.claims, body: profile })).status, 409);
      assert.equal((await call({ method: 'PUT', route: '/me/profile', claims, body: profile })).status, 201);
      assert.equal((await call({ method: 'PUT', route: '/me/profile', claims, body: { ...profile, birthDate: 'yesterday' } })).status, 400);
      assert.equal(
        (await call({ method: 'POST', route: '/me/consents/guardian', claims, body: { guardian, textVersion: 'guardian-2026-01' } }))
          .status,
        201,
      );
      assert.equal(
        (
          await call({
            method: 'POST',
            route: '/me/consents/guardian',
            claims,
            body: { guardian: { ...guardian, relationship: 'aunt' }, textVersion: 'x' },
          })
        ).status,
        400,
      );
    });
    assert.match(output, /"routeKey":"PUT \/me\/profile"/, 'the requests were logged');
    const leaks = [
      sub,
      unconsented.sub,
      'Логинова',
      'Евфросиния',
      'efrosinia',
      '79998887766',
      'Аристарх',
      'aristarkh',
      profile.birthDate,
      'yesterday',
    ].filter((value) => output.includes(value));
    assert.deepEqual(leaks, []);
  });
});
