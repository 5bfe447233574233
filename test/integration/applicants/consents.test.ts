import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { consentStateOf } from '../../../shared/applicants/domain/consents/consent-state.ts';
import { consentStatus } from '../../../shared/applicants/domain/consents/consent-status.ts';
import { isProcessingAllowed } from '../../../shared/applicants/use-cases/is-processing-allowed.ts';
import { INVALID_TEXTS } from '../../support/invalid-text.ts';
import { withProfile } from '../../support/profile-fixtures.ts';
import { storedApplicantItems } from './applicant-table-probe.ts';
import { applicantDependencies, call, fieldsOf, newApplicant } from './call-applicants.ts';

type Claims = Record<string, string>;
const give = (claims: Claims, textVersion = 'pd-2026-01') =>
  call({ method: 'POST', route: '/me/consents', claims, body: { kind: 'personal-data', textVersion } });
const withdraw = (claims: Claims) => call({ method: 'POST', route: '/me/consents/withdrawal', claims });
const overview = (claims: Claims) => call({ method: 'GET', route: '/me/consents', claims });
const guardianConsent = (claims: Claims, body: unknown) => call({ method: 'POST', route: '/me/consents/guardian', claims, body });
const mother = { fullName: 'Тестова Мария Петровна', phone: '+79120000001', relationship: 'parent' };

const seasonOf = { referenceDate: '2026-08-31', guardianConsentBelowAge: 18 };

describe('consents through the applications routes', () => {
  it('publishes the consent texts, current ones marked, to anyone', async () => {
    const response = await call({ method: 'GET', route: '/consent-texts' });
    assert.equal(response.status, 200);
    const items = response.body['items'] as { kind: string; version: string; current: boolean }[];
    assert.deepEqual(
      items.filter((text) => text.current).map((text) => [text.kind, text.version]),
      [
        ['personal-data', 'pd-2026-01'],
        ['guardian', 'guardian-2026-01'],
        ['data-sharing-region', 'dsr-2026-01'],
        ['data-sharing-host', 'dsh-2026-01'],
      ],
    );
  });

  it('records consent with the text version and the server’s time, and shows history and state', async () => {
    const { sub, claims } = newApplicant();
    const before = new Date().toISOString();
    const given = await give(claims);
    assert.equal(given.status, 201);
    assert.equal(given.body['kind'], 'personal-data');
    assert.equal(given.body['textVersion'], 'pd-2026-01');
    assert.ok(String(given.body['at']) >= before);
    const seen = await overview(claims);
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.body['items'], [given.body]);
    assert.deepEqual(seen.body['current'], {
      personalData: 'given',
      textVersion: 'pd-2026-01',
      currentTextVersion: 'pd-2026-01',
      guardian: 'missing',
      mayProcess: true,
      dataSharing: { currentTextVersions: { region: 'dsr-2026-01', host: 'dsh-2026-01' } },
    });
    assert.equal(await isProcessingAllowed(applicantDependencies.consents, sub), true);
  });

  it('refuses an unknown or outdated text version with 400 naming the current one, and writes nothing', async () => {
    const { sub, claims } = newApplicant();
    for (const version of ['pd-2025-01', 'nonsense']) {
      const refused = await give(claims, version);
      assert.equal(refused.status, 400);
      assert.equal(refused.body['code'], 'consent-text-not-current');
      assert.deepEqual(fieldsOf(refused), ['body.textVersion']);
      assert.match((refused.body['message'] as { en: string }).en, /pd-2026-01/);
    }
    const malformed = await call({
      method: 'POST',
      route: '/me/consents',
      claims,
      body: { kind: 'marketing', textVersion: '', extra: true },
    });
    assert.equal(malformed.status, 400);
    assert.deepEqual(fieldsOf(malformed), ['body.extra', 'body.kind', 'body.textVersion']);
    assert.deepEqual(await storedApplicantItems(sub), []);
    assert.equal(await isProcessingAllowed(applicantDependencies.consents, sub), false);
  });

  it('withdraws by appending (nothing edited), stops processing, and can consent again', async () => {
    const { sub, claims } = newApplicant();
    const given = await give(claims);
    const withdrawn = await withdraw(claims);
    assert.equal(withdrawn.status, 201);
    assert.equal(withdrawn.body['kind'], 'personal-data-withdrawal');
    assert.equal(await isProcessingAllowed(applicantDependencies.consents, sub), false);
    const seen = await overview(claims);
    assert.deepEqual(seen.body['items'], [given.body, withdrawn.body], 'the consent stays in the history, unedited');
    assert.equal((seen.body['current'] as { personalData: string; mayProcess: boolean }).personalData, 'withdrawn');
    assert.equal((await applicantDependencies.consents.states([sub])).get(sub)?.personalData, 'withdrawn');

    const again = await withdraw(claims);
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'consent-not-given');

    assert.equal((await give(claims)).status, 201);
    assert.equal(await isProcessingAllowed(applicantDependencies.consents, sub), true);
    const records = (await storedApplicantItems(sub)).filter((item) => item['entity'] === 'consent');
    assert.equal(records.length, 3);
  });

  it('refuses withdrawing a consent never given', async () => {
    const { sub, claims } = newApplicant();
    const refused = await withdraw(claims);
    assert.equal(refused.status, 409);
    assert.deepEqual(await storedApplicantItems(sub), []);
  });

  it('holds a minor (17 on the season’s reference date) until a guardian consents, and records the guardian', async () => {
    const { sub, claims } = newApplicant();
    assert.equal((await give(claims)).status, 201);
    assert.equal((await call({ method: 'PUT', route: '/me/profile', claims, body: withProfile({ birthDate: '2008-09-01' }) })).status, 201);
    const statusNow = async () => {
      const profile = await applicantDependencies.profiles.find(sub);
      assert.ok(profile);
      return consentStatus((await applicantDependencies.consents.history(sub)).records, { birthDate: profile.birthDate, ...seasonOf });
    };
    const held = await statusNow();
    assert.equal(held.maySubmit, false);
    assert.deepEqual(
      held.reasons.map((reason) => reason.code),
      ['guardian-consent-missing'],
    );

    const recorded = await guardianConsent(claims, { guardian: mother, textVersion: 'guardian-2026-01' });
    assert.equal(recorded.status, 201);
    assert.deepEqual(recorded.body['guardian'], mother);
    assert.equal(recorded.body['textVersion'], 'guardian-2026-01');
    assert.equal((await statusNow()).maySubmit, true);
    assert.equal(((await overview(claims)).body['current'] as { guardian: string }).guardian, 'given');
    const state = await applicantDependencies.consents.state(sub);
    assert.ok(state);
    assert.deepEqual(consentStateOf((await applicantDependencies.consents.history(sub)).records), {
      personalData: state.personalData,
      textVersion: state.textVersion,
      guardianConsentGiven: state.guardianConsentGiven,
    });
    assert.equal(
      consentStatus(state, { birthDate: '2008-09-01', ...seasonOf }).maySubmit,
      true,
      'the stored state answers as the history does',
    );
  });

  it('refuses a guardian without a contact, an unknown relationship or an outdated text, and writes nothing', async () => {
    const { sub, claims } = newApplicant();
    const noContact = await guardianConsent(claims, {
      guardian: { fullName: 'Тестов Пётр', relationship: 'uncle' },
      textVersion: 'guardian-2026-01',
    });
    assert.equal(noContact.status, 400);
    assert.deepEqual(fieldsOf(noContact), ['body.guardian.email', 'body.guardian.relationship']);
    const outdated = await guardianConsent(claims, { guardian: mother, textVersion: 'pd-2026-01' });
    assert.equal(outdated.status, 400);
    assert.equal(outdated.body['code'], 'consent-text-not-current');
    assert.match((outdated.body['message'] as { en: string }).en, /guardian-2026-01/);
    assert.deepEqual(await storedApplicantItems(sub), []);
  });

  it('refuses a guardian name holding a lone surrogate, NUL or a bidi control with invalid-characters, as profile names do', async () => {
    const { sub, claims } = newApplicant();
    for (const { label, text } of INVALID_TEXTS) {
      const refused = await guardianConsent(claims, {
        guardian: { ...mother, fullName: text(mother.fullName) },
        textVersion: 'guardian-2026-01',
      });
      assert.equal(refused.status, 400, label);
      assert.deepEqual(
        (refused.body['errors'] as { field: string; code: string }[]).map((error) => [error.field, error.code]),
        [['body.guardian.fullName', 'invalid-characters']],
        label,
      );
    }
    assert.deepEqual(await storedApplicantItems(sub), []);
  });

  it('reads the consent state of many people in one go, for staff lists', async () => {
    const people = Array.from({ length: 4 }, () => newApplicant());
    for (const person of people) await give(person.claims);
    await withdraw(people[1]!.claims);
    await withdraw(people[3]!.claims);
    const stranger = newApplicant();
    const states = await applicantDependencies.consents.states([...people.map((person) => person.sub), stranger.sub, people[0]!.sub]);
    assert.deepEqual(
      people.map((person) => states.get(person.sub)?.personalData),
      ['given', 'withdrawn', 'given', 'withdrawn'],
    );
    assert.equal(states.has(stranger.sub), false, 'no record, no state');
  });

  it('keeps the state in step with the history under concurrent consents of one person', async () => {
    const { sub, claims } = newApplicant();
    await give(claims);
    const results = await Promise.all([
      give(claims),
      withdraw(claims),
      withdraw(claims),
      guardianConsent(claims, { guardian: mother, textVersion: 'guardian-2026-01' }),
      give(claims),
    ]);
    for (const result of results) assert.ok([201, 409].includes(result.status), String(result.status));
    const { records, state } = await applicantDependencies.consents.history(sub);
    assert.equal(records.length, 1 + results.filter((result) => result.status === 201).length);
    assert.equal(state?.version, records.length, 'one state change per record appended');
  });
});
