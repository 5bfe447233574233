import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { assignApplicationTrack } from '../../../shared/applications/domain/assign-application-track.ts';
import { checkEligibility, type EligibilityInput } from '../../../shared/applications/domain/check-eligibility.ts';
import { decideTransition } from '../../../shared/catalogue/domain/pipeline/decide-transition.ts';
import { overrideTrack } from '../../../shared/applications/domain/override-track.ts';
import type { ApplicantRecord } from '../../../shared/applications/ports/applicant-records.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const settings = prokadryTemplate.settings;
const submission = decideTransition(settings.pipeline, { stage: 'application' }, 'submit', 'applicant');
assert.ok(submission.allowed);

const facts = {
  publicServiceExperience: false,
  publicAdministrationEducation: true,
  youthOrganisationExperience: false,
  ownProjects: false,
  pastInternships: false,
  youthGovernmentMember: false,
  age: 22,
};
const applicant: ApplicantRecord = {
  birthDate: '2004-01-15',
  citizenship: ['RU'],
  region: '77',
  language: 'ru',
  email: 'someone@example.org',
  facts,
  consent: { personalData: true, guardian: false },
};
const complete = {
  preferredInternshipLevel: 'federal',
  internshipJustification: 'Policy work',
  answers: { motivation: 'I want to serve' },
} satisfies EligibilityInput['application'];

const input = (overrides: Partial<EligibilityInput> = {}): EligibilityInput => ({
  settings,
  questions: [{ id: 'motivation', kind: 'text', required: true, maxLength: 100, label: { ru: 'М', en: 'M' } }],
  referenceDate: '2026-08-31',
  initialStage: 'application',
  application: complete,
  applicant,
  verifiedRequirements: new Set(['resume']),
  track: 'young',
  transition: submission.transition,
  ...overrides,
});

const codes = (reasons: readonly { code: string }[]) => reasons.map((reason) => reason.code).sort();

describe('eligibility at submission', () => {
  it('admits a complete application of an eligible person', () => {
    assert.deepEqual(checkEligibility(input()), []);
  });

  it('lists every reason at once, each in Russian and English', () => {
    const reasons = checkEligibility(
      input({
        applicant: { ...applicant, birthDate: '1980-01-01', citizenship: ['KZ'], consent: { personalData: false, guardian: false } },
        application: { answers: {} },
        verifiedRequirements: new Set(),
      }),
    );
    assert.deepEqual(codes(reasons), [
      'age-out-of-range',
      'answer-required',
      'citizenship-not-eligible',
      'consent-missing',
      'document-missing',
      'internship-justification-required',
      'internship-level-required',
    ]);
    for (const reason of reasons) {
      assert.ok(reason.message.ru.length > 0, `${reason.code}: a message in Russian`);
      assert.ok(reason.message.en.length > 0, `${reason.code}: a message in English`);
      assert.ok(reason.field.length > 0, `${reason.code}: a field`);
    }
  });

  it('takes the age on the reference date, both ends of the range included', () => {
    assert.deepEqual(checkEligibility(input({ applicant: { ...applicant, birthDate: '2008-08-31' } })), []);
    assert.deepEqual(codes(checkEligibility(input({ applicant: { ...applicant, birthDate: '2008-09-01' } }))), [
      'age-out-of-range',
      'guardian-consent-missing',
    ]);
    assert.deepEqual(
      checkEligibility(input({ applicant: { ...applicant, birthDate: '1990-08-31' } })).map((r) => r.code),
      ['age-out-of-range'],
    );
    assert.deepEqual(checkEligibility(input({ applicant: { ...applicant, birthDate: '1990-09-01' } })), []);
  });

  it('holds a minor until a guardian consents, and uses the participant role’s age range', () => {
    const kadry = kadryBudushchegoTemplate.settings;
    const kadrySubmission = decideTransition(kadry.pipeline, { stage: 'application' }, 'submit', 'applicant');
    assert.ok(kadrySubmission.allowed);
    const pupil = { ...applicant, birthDate: '2010-03-01' };
    const base = {
      settings: kadry,
      questions: [],
      track: undefined,
      transition: kadrySubmission.transition,
      application: { participantRole: 'pupil', answers: {} },
    };
    assert.deepEqual(codes(checkEligibility(input({ ...base, applicant: pupil }))), ['guardian-consent-missing']);
    assert.deepEqual(checkEligibility(input({ ...base, applicant: { ...pupil, consent: { personalData: true, guardian: true } } })), []);
    assert.deepEqual(codes(checkEligibility(input({ ...base, applicant: applicant }))), ['age-out-of-range']);
    assert.deepEqual(
      codes(
        checkEligibility(
          input({ ...base, application: { answers: {} }, applicant: { ...pupil, consent: { personalData: true, guardian: true } } }),
        ),
      ),
      ['participant-role-required'],
    );
  });

  it('asks for documents of the initial stage only, respecting a requirement’s tracks, and for a missing profile', () => {
    const trackScoped = {
      ...settings,
      documentRequirements: settings.documentRequirements.map((r) => (r.id === 'summary-sheet' ? { ...r, stage: 'application' } : r)),
    };
    assert.deepEqual(codes(checkEligibility(input({ settings: trackScoped, track: 'young' }))), ['document-missing']);
    assert.deepEqual(
      checkEligibility(
        input({ settings: trackScoped, track: 'beginner', application: { ...complete, preferredInternshipLevel: 'regional' } }),
      ),
      [],
    );
    assert.deepEqual(codes(checkEligibility(input({ applicant: undefined }))), ['profile-missing']);
  });

  it('refuses an internship level the assigned track does not offer', () => {
    assert.deepEqual(codes(checkEligibility(input({ track: 'beginner' }))), ['internship-level-not-for-track']);
  });
});

describe('track assignment and override', () => {
  it('records the first rule that fires, with the application’s own facts', () => {
    const at = '2026-06-01T00:00:00.000Z';
    assert.deepEqual(assignApplicationTrack(settings.trackRules, facts, complete, at), {
      track: 'young',
      rule: 'young-studies-or-activity',
      assignedAt: at,
    });
    assert.deepEqual(
      assignApplicationTrack(settings.trackRules, { ...facts, publicServiceExperience: true }, complete, at)?.rule,
      'pro-serving-with-degree',
    );
    assert.deepEqual(
      assignApplicationTrack(settings.trackRules, { ...facts, publicAdministrationEducation: false }, complete, at)?.track,
      'beginner',
    );
    const byLevel = [
      {
        id: 'federal-wish',
        track: 'pro',
        when: { fact: 'preferredInternshipLevel' as const, oneOf: ['federal'] },
        explanation: { ru: 'ф', en: 'f' },
      },
    ];
    assert.equal(assignApplicationTrack(byLevel, facts, complete, at)?.track, 'pro');
    assert.equal(assignApplicationTrack(byLevel, facts, { preferredInternshipLevel: 'regional' }, at), undefined);
  });

  it('lets staff override a submitted application’s track with a reason, keeping the previous track', () => {
    const application: Application = {
      id: '00000000-0000-4000-8000-000000000001',
      seasonId: 'season-1',
      programmeId: 'prokadry',
      applicantId: 'sub-1',
      stage: 'screening',
      answers: {},
      language: 'ru',
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-02T00:00:00.000Z',
      submittedAt: '2026-05-02T00:00:00.000Z',
      track: { track: 'young', rule: 'young-studies-or-activity', assignedAt: '2026-05-02T00:00:00.000Z' },
      version: 2,
    };
    const at = '2026-05-03T00:00:00.000Z';
    const outcome = overrideTrack(settings, application, { track: 'pro', reason: 'Serves in a ministry', by: 'staff-1', at });
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.application.track, {
      track: 'pro',
      assignedAt: at,
      override: { by: 'staff-1', reason: 'Serves in a ministry', at, previousTrack: 'young' },
    });
    assert.equal(outcome.application.version, 3);
    assert.equal(outcome.event.kind, 'track-overridden');
    assert.equal(outcome.event.version, 3);
    const unknown = overrideTrack(settings, application, { track: 'astronaut', reason: 'why not', by: 'staff-1', at });
    assert.equal(unknown.ok, false);
    assert.equal(unknown.refusal, 'invalid');
    const { submittedAt: _s, track: _t, ...draft } = application;
    const notSubmitted = overrideTrack(settings, { ...draft, stage: 'application' }, { track: 'pro', reason: 'early', by: 'staff-1', at });
    assert.equal(notSubmitted.ok, false);
    assert.equal(notSubmitted.refusal, 'not-submitted');
  });
});
