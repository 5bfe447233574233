import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { consentStateOf } from '../../../shared/applicants/domain/consents/consent-state.ts';
import { storedApplicantItems } from './applicant-table-probe.ts';
import { applicantDependencies, call, consentingApplicant, fieldsOf, newApplicant } from './call-applicants.ts';

type Claims = Record<string, string>;
const share = (claims: Claims, body: Record<string, unknown>) =>
  call({
    method: 'POST',
    route: '/me/consents',
    claims,
    body: { kind: 'data-sharing', purpose: 'region', textVersion: 'dsr-2026-01', ...body },
  });
const stopSharing = (claims: Claims, purpose: string) =>
  call({ method: 'POST', route: '/me/consents/data-sharing/withdrawal', claims, body: { purpose } });
const overview = async (claims: Claims) =>
  (await call({ method: 'GET', route: '/me/consents', claims })).body['current'] as Record<string, unknown>;

describe('data-sharing consents through the applications routes', () => {
  it('records a consent per recipient with the chosen fields (in catalogue order), in the state, apart from the other recipient', async () => {
    const { sub, claims } = await consentingApplicant();
    const region = await share(claims, { fields: ['education', 'name', 'contacts.email'] });
    assert.equal(region.status, 201, JSON.stringify(region.body));
    assert.deepEqual(region.body['fields'], ['name', 'contacts.email', 'education']);
    assert.equal(region.body['purpose'], 'region');
    const host = await share(claims, { purpose: 'host', textVersion: 'dsh-2026-01', fields: ['name'] });
    assert.equal(host.status, 201);
    const { dataSharing } = await overview(claims);
    assert.deepEqual(dataSharing, {
      region: {
        consentId: region.body['id'],
        textVersion: 'dsr-2026-01',
        fields: ['name', 'contacts.email', 'education'],
        at: region.body['at'],
      },
      host: { consentId: host.body['id'], textVersion: 'dsh-2026-01', fields: ['name'], at: host.body['at'] },
      currentTextVersions: { region: 'dsr-2026-01', host: 'dsh-2026-01' },
    });
    const { records, state } = await applicantDependencies.consents.history(sub);
    const { updatedAt: _at, version: _version, ...inForce } = state ?? assert.fail('a state');
    assert.deepEqual(inForce, consentStateOf(records), 'the stored state is what the history leads to');
  });

  it('replaces the fields with a new consent, withdraws one recipient alone, and refuses withdrawing what is not in force', async () => {
    const { claims } = await consentingApplicant();
    await share(claims, { fields: ['name', 'birthDate'] });
    await share(claims, { purpose: 'host', textVersion: 'dsh-2026-01', fields: ['name'] });
    const narrowed = await share(claims, { fields: ['name'] });
    assert.equal(narrowed.status, 201);
    assert.deepEqual(((await overview(claims))['dataSharing'] as { region: { fields: string[] } }).region.fields, ['name']);
    const withdrawn = await stopSharing(claims, 'region');
    assert.equal(withdrawn.status, 201);
    assert.deepEqual(withdrawn.body, {
      id: withdrawn.body['id'],
      at: withdrawn.body['at'],
      kind: 'data-sharing-withdrawal',
      purpose: 'region',
    });
    const after = (await overview(claims))['dataSharing'] as Record<string, unknown>;
    assert.equal(after['region'], undefined);
    assert.ok(after['host'] !== undefined, 'the host’s consent stays');
    const again = await stopSharing(claims, 'region');
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'data-sharing-not-given');
  });

  it('ends every data-sharing consent with the consent to processing', async () => {
    const { claims } = await consentingApplicant();
    await share(claims, { fields: ['name'] });
    await share(claims, { purpose: 'host', textVersion: 'dsh-2026-01', fields: ['name'] });
    assert.equal((await call({ method: 'POST', route: '/me/consents/withdrawal', claims })).status, 201);
    assert.deepEqual((await overview(claims))['dataSharing'], { currentTextVersions: { region: 'dsr-2026-01', host: 'dsh-2026-01' } });
  });

  it('refuses sharing without a consent to processing (409 consent-required), and writes nothing', async () => {
    const { sub, claims } = newApplicant();
    const refused = await share(claims, { fields: ['name'] });
    assert.equal(refused.status, 409);
    assert.equal(refused.body['code'], 'consent-required');
    assert.deepEqual(await storedApplicantItems(sub), []);
  });

  it('refuses an outdated text, the other recipient’s text, fields outside the catalogue or twice, and a kind’s wrong parts', async () => {
    const { claims } = await consentingApplicant();
    const outdated = await share(claims, { textVersion: 'dsr-2025-01', fields: ['name'] });
    assert.deepEqual([outdated.status, outdated.body['code']], [400, 'consent-text-not-current']);
    const otherText = await share(claims, { textVersion: 'dsh-2026-01', fields: ['name'] });
    assert.deepEqual([otherText.status, otherText.body['code']], [400, 'consent-text-not-current']);
    const unknown = await share(claims, { fields: ['name', 'passport'] });
    assert.deepEqual([unknown.status, fieldsOf(unknown)], [400, ['body.fields.1']]);
    const twice = await share(claims, { fields: ['name', 'name'] });
    assert.deepEqual([twice.status, fieldsOf(twice)], [400, ['body.fields']]);
    const none = await share(claims, { fields: [] });
    assert.deepEqual([none.status, fieldsOf(none)], [400, ['body.fields']]);
    const withoutParts = await call({
      method: 'POST',
      route: '/me/consents',
      claims,
      body: { kind: 'data-sharing', textVersion: 'dsr-2026-01' },
    });
    assert.deepEqual([withoutParts.status, fieldsOf(withoutParts)], [400, ['body.fields', 'body.purpose']]);
    const processingWithParts = await call({
      method: 'POST',
      route: '/me/consents',
      claims,
      body: { kind: 'personal-data', textVersion: 'pd-2026-01', purpose: 'region', fields: ['name'] },
    });
    assert.deepEqual([processingWithParts.status, fieldsOf(processingWithParts)], [400, ['body.fields', 'body.purpose']]);
    const badPurpose = await stopSharing(claims, 'everyone');
    assert.deepEqual([badPurpose.status, fieldsOf(badPurpose)], [400, ['body.purpose']]);
    assert.deepEqual((await overview(claims))['dataSharing'], { currentTextVersions: { region: 'dsr-2026-01', host: 'dsh-2026-01' } });
  });
});
