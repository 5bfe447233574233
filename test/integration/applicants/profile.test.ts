import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { profileKey } from '../../../shared/platform/keys/keys.ts';
import { INVALID_TEXTS } from '../../support/invalid-text.ts';
import { baseProfile, withProfile } from '../../support/profile-fixtures.ts';
import { storedApplicantItems, storedProfile } from './applicant-table-probe.ts';
import { call, consentingApplicant, fieldsOf, newApplicant } from './call-applicants.ts';

const put = (claims: Record<string, string>, body: unknown) => call({ method: 'PUT', route: '/me/profile', claims, body });
const get = (claims: Record<string, string>) => call({ method: 'GET', route: '/me/profile', claims });

describe('the applicant’s profile through the applications routes', () => {
  it('answers 404 before the profile exists, creates it (201, version 1) and reads it back', async () => {
    const { sub, claims } = await consentingApplicant();
    assert.equal((await get(claims)).status, 404);
    const created = await put(claims, baseProfile());
    assert.equal(created.status, 201);
    assert.equal(created.body['version'], 1);
    assert.equal(created.body['applicantId'], sub);
    assert.equal(created.body['createdAt'], created.body['updatedAt']);
    const read = await get(claims);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, created.body);
    assert.equal((await storedProfile(sub))?.['version'], 1);
  });

  it('edits with the version read, keeps createdAt, and removes what the new profile leaves out', async () => {
    const { sub, claims } = await consentingApplicant();
    const created = await put(claims, baseProfile());
    const { patronymic: _, ...nameWithoutPatronymic } = baseProfile().name;
    const edited = await put(claims, {
      ...withProfile({ region: '77', name: nameWithoutPatronymic, contacts: { email: 'new@example.org' } }),
      version: 1,
    });
    assert.equal(edited.status, 200);
    assert.equal(edited.body['version'], 2);
    assert.equal(edited.body['region'], '77');
    assert.equal(edited.body['createdAt'], created.body['createdAt']);
    const stored = await storedProfile(sub);
    assert.deepEqual(stored?.['name'], nameWithoutPatronymic);
    assert.deepEqual(stored?.['contacts'], { email: 'new@example.org' });
  });

  it('refuses a stale version with 409 naming the current one, and writes nothing', async () => {
    const { sub, claims } = await consentingApplicant();
    await put(claims, baseProfile());
    await put(claims, { ...withProfile({ region: '77' }), version: 1 });
    const stale = await put(claims, { ...withProfile({ region: '50' }), version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body['code'], 'version-conflict');
    assert.match((stale.body['message'] as { en: string }).en, /current version 2/);
    const stored = await storedProfile(sub);
    assert.equal(stored?.['version'], 2);
    assert.equal(stored?.['region'], '77');
  });

  it('refuses to create a profile that exists (409 with its version) and to edit one that does not (409, version 0)', async () => {
    const { claims } = await consentingApplicant();
    await put(claims, baseProfile());
    const again = await put(claims, baseProfile());
    assert.equal(again.status, 409);
    assert.match((again.body['message'] as { en: string }).en, /current version 1/);
    const nobody = await consentingApplicant();
    const edit = await put(nobody.claims, { ...baseProfile(), version: 4 });
    assert.equal(edit.status, 409);
    assert.match((edit.body['message'] as { en: string }).en, /current version 0/);
    assert.equal(await storedProfile(nobody.sub), undefined);
  });

  it('lets exactly one of two concurrent edits from the same version win', async () => {
    const { sub, claims } = await consentingApplicant();
    await put(claims, baseProfile());
    const results = await Promise.all(
      (['77', '78', '50', '47'] as const).map((region) => put(claims, { ...withProfile({ region }), version: 1 })),
    );
    assert.deepEqual(results.map((result) => result.status).sort(), [200, 409, 409, 409]);
    const winner = results.find((result) => result.status === 200);
    assert.equal((await storedProfile(sub))?.['region'], winner?.body['region']);
  });

  it('keys everything by the token’s subject: another applicant sees only their own (none)', async () => {
    const owner = await consentingApplicant();
    await put(owner.claims, withProfile({ region: '28' }));
    const other = await consentingApplicant();
    const peek = await get(other.claims);
    assert.equal(peek.status, 404);
    assert.equal(peek.body['code'], 'not-found');
    assert.equal((await put(other.claims, withProfile({ region: '59' }))).status, 201);
    assert.equal((await get(owner.claims)).body['region'], '28');
    assert.equal((await get(other.claims)).body['region'], '59');
  });

  it('refuses invalid input with 400 listing every field at fault, and writes nothing', async () => {
    const { sub, claims } = newApplicant();
    const response = await put(claims, {
      ...baseProfile(),
      birthDate: '2999-01-01',
      region: '00',
      contacts: { email: 'nope', phone: '12345' },
      workExperience: [{ organisation: 'Мэрия', role: 'Советник', publicService: true, from: '2023-01-01', to: '2022-01-01' }],
      hobby: 'chess',
    });
    assert.equal(response.status, 400);
    assert.equal(response.body['code'], 'validation-failed');
    assert.deepEqual(fieldsOf(response), [
      'body.birthDate',
      'body.contacts.email',
      'body.contacts.phone',
      'body.hobby',
      'body.region',
      'body.workExperience.0.to',
    ]);
    assert.deepEqual(await storedApplicantItems(sub), []);
  });

  it('lists the regions and federal districts to anyone', async () => {
    const response = await call({ method: 'GET', route: '/regions' });
    assert.equal(response.status, 200);
    assert.equal((response.body['items'] as unknown[]).length, 89);
    assert.equal((response.body['federalDistricts'] as unknown[]).length, 8);
    assert.deepEqual(
      (response.body['items'] as { code: string }[]).find((region) => region.code === '59'),
      {
        code: '59',
        federalDistrict: 'volga',
        name: { ru: 'Пермский край', en: 'Perm Krai' },
      },
    );
  });

  it('refuses a name holding a lone surrogate, NUL or a bidi control with invalid-characters, as guardian names do, and writes nothing', async () => {
    const { sub, claims } = newApplicant();
    for (const { label, text } of INVALID_TEXTS) {
      const refused = await put(claims, withProfile({ name: { last: text('Тестова'), first: 'Анна', patronymic: text('Игоревна') } }));
      assert.equal(refused.status, 400, label);
      assert.deepEqual(
        (refused.body['errors'] as { field: string; code: string }[]).map((error) => [error.field, error.code]),
        [
          ['body.name.last', 'invalid-characters'],
          ['body.name.patronymic', 'invalid-characters'],
        ],
        label,
      );
    }
    assert.deepEqual(await storedApplicantItems(sub), []);
  });

  it('stores names NFC-normalised: a letter and its combining mark become one character', async () => {
    const { sub, claims } = await consentingApplicant();
    const created = await put(claims, withProfile({ name: { last: 'Тестова', first: '\u0418\u0306\u043e\u0448\u043a\u0430' } }));
    assert.equal(created.status, 201);
    assert.deepEqual((await storedProfile(sub))?.['name'], { last: 'Тестова', first: '\u0419\u043e\u0448\u043a\u0430' });
  });

  it('still reads a profile whose name, stored before names were checked, holds a lone surrogate and NUL: each shows as U+FFFD', async () => {
    const { sub, claims } = await consentingApplicant();
    assert.equal((await put(claims, baseProfile())).status, 201);
    await documentClient().send(
      new UpdateCommand({
        TableName: requireEnv(ENV.tableName),
        Key: profileKey(sub),
        UpdateExpression: 'SET #name.#first = :first',
        ExpressionAttributeNames: { '#name': 'name', '#first': 'first' },
        ExpressionAttributeValues: { ':first': 'Ан\ud800на\u0000' },
      }),
    );
    const read = await get(claims);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.equal((read.body['name'] as { first: string }).first, 'Ан\ufffdна\ufffd');
    const edited = await put(claims, { ...baseProfile(), version: 1 });
    assert.equal(edited.status, 200, 'the applicant can correct it');
  });
});
