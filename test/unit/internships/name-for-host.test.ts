import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import { nameForHost, type HostMailSubject } from '../../../shared/internships/domain/placements/name-for-host.ts';

const rules = { guardianConsentBelowAge: 18, referenceDate: '2027-09-01' };
const subject = (overrides: Partial<HostMailSubject> = {}, fields: readonly DataSharingField[] = ['name']): HostMailSubject => ({
  name: { last: 'Иванова', first: 'Мария', patronymic: 'Петровна' },
  birthDate: '2001-03-02',
  consent: {
    personalData: 'given',
    guardianConsentGiven: false,
    dataSharingHost: {
      consentId: '0a1e0000-0000-4000-8000-000000000099',
      textVersion: 'dsh-2026-01',
      fields: [...fields],
      at: '2027-08-01T10:00:00.000Z',
    },
  },
  ...overrides,
});

describe('the name a host organisation’s mail may carry', () => {
  it('is the full name when the consent to share with the host names it', () => {
    assert.equal(nameForHost(subject(), rules), 'Иванова Мария Петровна');
    assert.equal(nameForHost(subject({ name: { last: 'Smith', first: 'Anna' } }), rules), 'Smith Anna', 'no patronymic');
  });

  it('is absent without that consent, with one that leaves the name out, or once processing is withdrawn', () => {
    assert.equal(nameForHost(undefined, rules), undefined);
    assert.equal(nameForHost(subject({}, ['track', 'contacts.email']), rules), undefined);
    assert.equal(nameForHost(subject({ consent: { personalData: 'given', guardianConsentGiven: false } }), rules), undefined);
    const withdrawn = subject();
    assert.equal(
      nameForHost({ ...withdrawn, consent: withdrawn.consent && { ...withdrawn.consent, personalData: 'withdrawn' } }, rules),
      undefined,
    );
  });

  it('needs a guardian’s consent too below the programme’s guardian age', () => {
    const pupil = subject({ birthDate: '2011-05-20' });
    assert.equal(nameForHost(pupil, rules), undefined);
    assert.equal(
      nameForHost({ ...pupil, consent: pupil.consent && { ...pupil.consent, guardianConsentGiven: true } }, rules),
      'Иванова Мария Петровна',
    );
    assert.equal(nameForHost(pupil, { ...rules, guardianConsentBelowAge: undefined }), 'Иванова Мария Петровна');
  });
});
