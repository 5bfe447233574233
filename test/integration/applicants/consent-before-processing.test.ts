import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { completeDraft, newApplicant, openSeason, storedPartition } from '../../support/application-fixtures.ts';
import { baseProfile, withProfile } from '../../support/profile-fixtures.ts';
import { storedApplicantItems, storedProfile } from './applicant-table-probe.ts';
import { call, type Response } from './call-applicants.ts';

type Claims = Record<string, string>;
const putProfile = (claims: Claims, body: unknown) => call({ method: 'PUT', route: '/me/profile', claims, body });
const getProfile = (claims: Claims) => call({ method: 'GET', route: '/me/profile', claims });
const createDraft = (seasonId: string, claims: Claims) =>
  call({ method: 'POST', route: '/seasons/{seasonId}/applications', pathParameters: { seasonId }, claims });
const myApplications = (claims: Claims) => call({ method: 'GET', route: '/me/applications', claims });
const give = (claims: Claims) =>
  call({ method: 'POST', route: '/me/consents', claims, body: { kind: 'personal-data', textVersion: 'pd-2026-01' } });
const editDraft = (applicationId: string, claims: Claims, body: unknown) =>
  call({ method: 'PUT', route: '/applications/{applicationId}', pathParameters: { applicationId }, claims, body });
const withdraw = (claims: Claims) => call({ method: 'POST', route: '/me/consents/withdrawal', claims });

/** Items of the applicant's partition that are not consents: a profile or a draft's guard. */
const storedDataOf = async (applicantId: string) =>
  (await storedApplicantItems(applicantId)).filter((item) => item['entity'] !== 'consent' && item['entity'] !== 'consentState');

const assertConsentRequired = (response: Response, en: RegExp) => {
  assert.equal(response.status, 409, JSON.stringify(response.body));
  assert.equal(response.body['code'], 'consent-required');
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  const message = response.body['message'] as { ru: string; en: string };
  assert.match(message.en, /POST \/me\/consents/);
  assert.match(message.en, /GET \/consent-texts/);
  assert.match(message.en, /pd-2026-01/, 'names the current text version');
  assert.match(message.en, en);
  assert.match(message.ru, /POST \/me\/consents/);
  assert.match(message.ru, /согласие на обработку персональных данных/);
};

describe('nothing of an applicant is stored before their consent to processing (152-FZ)', () => {
  it('refuses a profile without consent (409 consent-required), stores nothing, and saves it (201) once consent is given', async () => {
    const { sub, claims } = newApplicant();
    const refused = await putProfile(claims, baseProfile());
    assertConsentRequired(refused, /First give your consent/);
    assert.equal((await getProfile(claims)).status, 404, 'read back: no profile');
    assert.deepEqual(await storedApplicantItems(sub), [], 'nothing at all in the applicant’s partition');

    assert.equal((await give(claims)).status, 201);
    const saved = await putProfile(claims, baseProfile());
    assert.equal(saved.status, 201);
    assert.equal(saved.body['version'], 1);
    assert.equal((await getProfile(claims)).status, 200);
  });

  it('refuses a draft without consent (409 consent-required), stores nothing, and creates it (201) once consent is given', async () => {
    const season = await openSeason();
    const { sub, claims } = newApplicant();
    const refused = await createDraft(season.seasonId, claims);
    assertConsentRequired(refused, /First give your consent/);
    assert.deepEqual((await myApplications(claims)).body['items'], [], 'read back: no application');
    assert.deepEqual(await storedApplicantItems(sub), [], 'no guard item, nothing at all');

    assert.equal((await give(claims)).status, 201);
    const created = await createDraft(season.seasonId, claims);
    assert.equal(created.status, 201);
    assert.deepEqual(
      ((await myApplications(claims)).body['items'] as { id: string }[]).map((item) => item.id),
      [created.body['id']],
    );
  });

  it('after a withdrawal refuses new profile writes and new drafts again, while the applicant still reads their own data', async () => {
    const [season, other] = await Promise.all([openSeason(), openSeason()]);
    const { sub, claims } = newApplicant();
    assert.equal((await give(claims)).status, 201);
    assert.equal((await putProfile(claims, withProfile({ region: '28' }))).status, 201);
    const draft = await createDraft(season.seasonId, claims);
    assert.equal(draft.status, 201);
    assert.equal((await withdraw(claims)).status, 201);
    const before = await storedDataOf(sub);

    const edit = await putProfile(claims, { ...withProfile({ region: '77' }), version: 1 });
    assertConsentRequired(edit, /withdrew your consent/);
    assertConsentRequired(await createDraft(other.seasonId, claims), /withdrew your consent/);
    assert.deepEqual(await storedDataOf(sub), before, 'nothing written after the withdrawal');
    assert.equal((await storedProfile(sub))?.['region'], '28');

    const profile = await getProfile(claims);
    assert.equal(profile.status, 200, 'the applicant still reads their profile');
    assert.equal(profile.body['region'], '28');
    const mine = await myApplications(claims);
    assert.equal(mine.status, 200, 'and their applications');
    assert.deepEqual(
      (mine.body['items'] as { id: string }[]).map((item) => item.id),
      [draft.body['id']],
    );

    assert.equal((await give(claims)).status, 201, 'consenting again');
    assert.equal((await putProfile(claims, { ...withProfile({ region: '77' }), version: 1 })).status, 200);
    assert.equal((await createDraft(other.seasonId, claims)).status, 201);
  });

  it('after a withdrawal refuses an edit of an existing draft (409 consent-required), changing nothing, until consent is given again', async () => {
    const season = await openSeason();
    const { claims } = newApplicant();
    assert.equal((await give(claims)).status, 201);
    const draft = await createDraft(season.seasonId, claims);
    assert.equal(draft.status, 201);
    const applicationId = String(draft.body['id']);
    assert.equal((await withdraw(claims)).status, 201);
    const before = await storedPartition(applicationId);

    assertConsentRequired(await editDraft(applicationId, claims, { ...completeDraft, version: 1 }), /withdrew your consent/);
    assert.deepEqual(await storedPartition(applicationId), before, 'nothing written: the draft keeps version 1 and its content');
    assert.equal(before.find((item) => item['entity'] === 'application')?.['version'], 1);

    assert.equal((await give(claims)).status, 201, 'consenting again');
    const edited = await editDraft(applicationId, claims, { ...completeDraft, version: 1 });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body['version'], 2);
  });

  it('asks a minor for their own consent only: a guardian’s consent does not stand in for it, and is not needed to store', async () => {
    const season = await openSeason();
    const { claims } = newApplicant();
    const minor = withProfile({ birthDate: '2010-03-01' });
    assert.equal(
      (await call({ method: 'POST', route: '/me/consents/guardian', claims, body: { guardian: mother, textVersion: 'guardian-2026-01' } }))
        .status,
      201,
    );
    assertConsentRequired(await putProfile(claims, minor), /First give your consent/);
    assertConsentRequired(await createDraft(season.seasonId, claims), /First give your consent/);
    const fresh = newApplicant();
    assert.equal((await give(fresh.claims)).status, 201);
    assert.equal((await putProfile(fresh.claims, minor)).status, 201, 'no guardian yet: the profile is stored all the same');
    assert.equal((await createDraft(season.seasonId, fresh.claims)).status, 201, 'and so is the draft (the hold comes at submission)');
  });
});

const mother = { fullName: 'Тестова Мария Петровна', phone: '+79120000001', relationship: 'parent' };
