import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import type { ConsentRecord } from '../../../shared/applicants/domain/consents/consent-record-schema.ts';
import { NO_CONSENT, consentStateOf, stateChangeOf } from '../../../shared/applicants/domain/consents/consent-state.ts';
import { consentStatus, type ConsentContext } from '../../../shared/applicants/domain/consents/consent-status.ts';
import { CONSENT_TEXTS, currentConsentText } from '../../../shared/applicants/domain/consents/consent-texts.ts';
import {
  DATA_SHARING_FIELDS,
  type DataSharingField,
  type DataSharingPurpose,
} from '../../../shared/applicants/domain/consents/data-sharing.ts';

const given = (at: string): ConsentRecord => ({ id: randomUUID(), kind: 'personal-data', textVersion: 'pd-2026-01', at });
const withdrawn = (at: string): ConsentRecord => ({ id: randomUUID(), kind: 'personal-data-withdrawal', at });
const guardian = (at: string): ConsentRecord => ({
  id: randomUUID(),
  kind: 'guardian',
  textVersion: 'guardian-2026-01',
  guardian: { fullName: 'Тестова Мария Петровна', email: 'maria@example.org', relationship: 'parent' },
  at,
});

const sharing = (purpose: DataSharingPurpose, fields: DataSharingField[], at: string): ConsentRecord => ({
  id: randomUUID(),
  kind: 'data-sharing',
  purpose,
  textVersion: purpose === 'region' ? 'dsr-2026-01' : 'dsh-2026-01',
  fields,
  at,
});
const sharingWithdrawn = (purpose: DataSharingPurpose, at: string): ConsentRecord => ({
  id: randomUUID(),
  kind: 'data-sharing-withdrawal',
  purpose,
  at,
});

const adult: ConsentContext = { birthDate: '2000-01-01', referenceDate: '2026-08-31', guardianConsentBelowAge: 18 };
/** Turns 18 on the season's reference date itself. */
const eighteenOnTheDay: ConsentContext = { birthDate: '2008-08-31', referenceDate: '2026-08-31', guardianConsentBelowAge: 18 };
/** Turns 18 the day after the reference date: still a minor for the season. */
const eighteenTheDayAfter: ConsentContext = { birthDate: '2008-09-01', referenceDate: '2026-08-31', guardianConsentBelowAge: 18 };

const codes = (status: ReturnType<typeof consentStatus>) => status.reasons.map((reason) => reason.code);

describe('consent status', () => {
  it('is missing until consent is given, and then allows processing and submission for an adult', () => {
    const none = consentStatus([], adult);
    assert.deepEqual(
      { ...none, reasons: codes(none) },
      {
        personalData: 'missing',
        guardian: 'not-required',
        mayProcess: false,
        maySubmit: false,
        reasons: ['personal-data-consent-missing'],
      },
    );
    const yes = consentStatus([given('2026-05-01T10:00:00.000Z')], adult);
    assert.deepEqual(yes, { personalData: 'given', guardian: 'not-required', mayProcess: true, maySubmit: true, reasons: [] });
  });

  it('stops processing after a withdrawal, and resumes when consent is given again', () => {
    const history = [given('2026-05-01T10:00:00.000Z'), withdrawn('2026-06-01T10:00:00.000Z')];
    const stopped = consentStatus(history, adult);
    assert.equal(stopped.personalData, 'withdrawn');
    assert.equal(stopped.mayProcess, false);
    assert.equal(stopped.maySubmit, false);
    assert.deepEqual(codes(stopped), ['personal-data-consent-withdrawn']);
    for (const reason of stopped.reasons) {
      assert.ok(reason.message.ru, `${reason.code}: a message in Russian`);
      assert.ok(reason.message.en, `${reason.code}: a message in English`);
    }
    assert.equal(consentStatus([...history, given('2026-06-02T10:00:00.000Z')], adult).mayProcess, true);
  });

  it('orders the history by time, not by the order it is handed over', () => {
    assert.equal(
      consentStatus([withdrawn('2026-06-01T10:00:00.000Z'), given('2026-05-01T10:00:00.000Z')], adult).personalData,
      'withdrawn',
    );
  });

  it('holds a minor at the reference date until a guardian consents', () => {
    const held = consentStatus([given('2026-05-01T10:00:00.000Z')], eighteenTheDayAfter);
    assert.equal(held.guardian, 'missing');
    assert.equal(held.mayProcess, true, 'the minor may prepare a draft');
    assert.equal(held.maySubmit, false);
    assert.deepEqual(codes(held), ['guardian-consent-missing']);
    assert.match(held.reasons[0]!.message.en, /17/);
    const cleared = consentStatus([given('2026-05-01T10:00:00.000Z'), guardian('2026-05-02T10:00:00.000Z')], eighteenTheDayAfter);
    assert.deepEqual(cleared, { personalData: 'given', guardian: 'given', mayProcess: true, maySubmit: true, reasons: [] });
  });

  it('needs no guardian for someone who turns 18 on the reference date itself', () => {
    const status = consentStatus([given('2026-05-01T10:00:00.000Z')], eighteenOnTheDay);
    assert.equal(status.guardian, 'not-required');
    assert.equal(status.maySubmit, true);
  });

  it('needs both consents again after a withdrawal: a guardian’s consent given before it no longer counts', () => {
    const history = [
      given('2026-05-01T10:00:00.000Z'),
      guardian('2026-05-02T10:00:00.000Z'),
      withdrawn('2026-06-01T10:00:00.000Z'),
      given('2026-06-02T10:00:00.000Z'),
    ];
    const status = consentStatus(history, eighteenTheDayAfter);
    assert.equal(status.guardian, 'missing');
    assert.equal(status.maySubmit, false);
  });

  it('needs a guardian only where the programme asks for one', () => {
    assert.equal(
      consentStatus([given('2026-05-01T10:00:00.000Z')], { ...eighteenTheDayAfter, guardianConsentBelowAge: 0 }).guardian,
      'not-required',
    );
    assert.equal(
      consentStatus([given('2026-05-01T10:00:00.000Z')], { ...eighteenTheDayAfter, guardianConsentBelowAge: undefined }).guardian,
      'not-required',
    );
  });

  it('answers the same from the stored state as from the history', () => {
    const histories = [
      [],
      [given('2026-05-01T10:00:00.000Z')],
      [given('2026-05-01T10:00:00.000Z'), guardian('2026-05-02T10:00:00.000Z')],
      [given('2026-05-01T10:00:00.000Z'), guardian('2026-05-02T10:00:00.000Z'), withdrawn('2026-06-01T10:00:00.000Z')],
    ];
    for (const history of histories) {
      assert.deepEqual(consentStatus(consentStateOf(history), eighteenTheDayAfter), consentStatus(history, eighteenTheDayAfter));
    }
  });

  it('changes the stored state record by record exactly as reading the whole history does', () => {
    const history = [
      guardian('2026-05-01T09:00:00.000Z'),
      given('2026-05-01T10:00:00.000Z'),
      sharing('region', ['name', 'contacts.email'], '2026-05-02T10:00:00.000Z'),
      sharing('host', ['name'], '2026-05-03T10:00:00.000Z'),
      sharing('region', ['name'], '2026-05-04T10:00:00.000Z'),
      sharingWithdrawn('host', '2026-05-05T10:00:00.000Z'),
      withdrawn('2026-06-01T10:00:00.000Z'),
      given('2026-06-02T10:00:00.000Z'),
      guardian('2026-06-03T10:00:00.000Z'),
      sharing('host', ['education'], '2026-06-03T11:00:00.000Z'),
      withdrawn('2026-06-04T10:00:00.000Z'),
    ];
    let state: Record<string, unknown> = { ...NO_CONSENT };
    history.forEach((record, index) => {
      const change = stateChangeOf(record);
      if (change.requires?.personalData !== undefined) assert.equal(state['personalData'], change.requires.personalData);
      if (change.requires?.present !== undefined) assert.ok(state[change.requires.present] !== undefined);
      state = { ...state, ...change.set };
      for (const field of change.remove) delete state[field];
      assert.deepEqual(state, consentStateOf(history.slice(0, index + 1)), `after record ${index}`);
    });
  });
});

describe('consent texts', () => {
  it('have unique versions, a current text of each kind, and both languages', () => {
    assert.equal(new Set(CONSENT_TEXTS.map((text) => text.version)).size, CONSENT_TEXTS.length);
    assert.equal(currentConsentText('personal-data').version, 'pd-2026-01');
    assert.equal(currentConsentText('guardian').version, 'guardian-2026-01');
    assert.equal(currentConsentText('data-sharing-region').version, 'dsr-2026-01');
    assert.equal(currentConsentText('data-sharing-host').version, 'dsh-2026-01');
    for (const kind of ['data-sharing-region', 'data-sharing-host'] as const) {
      const text = currentConsentText(kind);
      assert.deepEqual(text.fields, DATA_SHARING_FIELDS, `${kind} covers the catalogue`);
      for (const field of DATA_SHARING_FIELDS) assert.ok(text.body.ru.includes(`(${field})`), `${kind} names ${field}`);
    }
    for (const text of CONSENT_TEXTS) {
      assert.ok(text.title.ru, `${text.version}: a title in Russian`);
      assert.ok(text.title.en, `${text.version}: a title in English`);
      assert.ok(text.body.ru.includes('152-ФЗ'), `${text.version}: the Russian body cites 152-ФЗ`);
      assert.ok(text.body.en.includes('152-FZ'), `${text.version}: the English body cites 152-FZ`);
    }
  });
});
