import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { validateAnswers } from '../../../shared/applications/domain/validate-answers.ts';
import { validateDraft } from '../../../shared/applications/domain/validate-draft.ts';
import type { ApplicationQuestion } from '../../../shared/catalogue/domain/seasons/application-questions-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const label = { ru: 'Вопрос', en: 'Question' };
const QUESTIONS: ApplicationQuestion[] = [
  { id: 'motivation', kind: 'text', required: true, maxLength: 10, label },
  {
    id: 'format',
    kind: 'choice',
    multiple: false,
    required: false,
    options: [
      { id: 'online', label },
      { id: 'offline', label },
    ],
    label,
  },
  {
    id: 'topics',
    kind: 'choice',
    multiple: true,
    required: false,
    options: [
      { id: 'a', label },
      { id: 'b', label },
    ],
    label,
  },
  { id: 'volunteer', kind: 'boolean', required: false, label },
  { id: 'hours', kind: 'number', required: false, min: 1, max: 40, label },
  { id: 'since', kind: 'date', required: false, label },
  { id: 'school', kind: 'text', required: true, maxLength: 100, label, roles: ['pupil'] },
];

const codes = (faults: readonly { field: string; code: string }[]) => faults.map((fault) => `${fault.field}:${fault.code}`).sort();

describe('answers to a season’s questions', () => {
  it('accepts fitting answers and leaves required ones to submission on a draft', () => {
    assert.deepEqual(
      validateAnswers(
        QUESTIONS,
        { format: 'online', topics: ['a', 'b'], volunteer: true, hours: 5, since: '2024-02-29' },
        undefined,
        'draft',
        'body.answers',
      ),
      [],
    );
  });

  it('refuses dates that are no day at all as a fault, not a crash', () => {
    for (const since of ['9999-99-99', '2026-13-01', '2026-00-10', '2026-02-30', '0000-00-00']) {
      assert.deepEqual(codes(validateAnswers(QUESTIONS, { since }, undefined, 'draft', 'a')), ['a.since:expected-date'], since);
    }
  });

  it('lists every fault: unknown question, kinds, limits, options, dates and role-scoped questions', () => {
    const faults = validateAnswers(
      QUESTIONS,
      {
        motivation: 'far too long text',
        format: 'by-post',
        topics: ['a', 'a', 'z'],
        volunteer: 'yes',
        hours: 99,
        since: '2023-02-29',
        school: 'No 5',
        ghost: 1,
      },
      'tutor',
      'draft',
      'body.answers',
    );
    assert.deepEqual(codes(faults), [
      'body.answers.format:unknown-option',
      'body.answers.ghost:unknown-question',
      'body.answers.hours:too-big',
      'body.answers.motivation:too-long',
      'body.answers.school:question-not-for-role',
      'body.answers.since:expected-date',
      'body.answers.topics:duplicate-option',
      'body.answers.topics:unknown-option',
      'body.answers.volunteer:expected-boolean',
    ]);
    for (const fault of faults) {
      assert.ok(fault.message.ru.length > 0, `${fault.field}: a message in Russian`);
      assert.ok(fault.message.en.length > 0, `${fault.field}: a message in English`);
    }
  });

  it('requires at submission the required answers of the applicant’s role only', () => {
    assert.deepEqual(codes(validateAnswers(QUESTIONS, { motivation: '  ' }, 'pupil', 'submission', 'a')), [
      'a.motivation:answer-required',
      'a.school:answer-required',
    ]);
    assert.deepEqual(codes(validateAnswers(QUESTIONS, { motivation: 'why' }, 'tutor', 'submission', 'a')), []);
  });
});

describe('a draft against its programme', () => {
  it('refuses roles, levels and a project description the programme does not offer, and unknown ids', () => {
    const prokadry = validateDraft(prokadryTemplate.settings, [], {
      participantRole: 'pupil',
      preferredInternshipLevel: 'galactic',
      projectDescription: 'A project',
      answers: { ghost: 'x' },
    });
    assert.deepEqual(codes(prokadry), [
      'body.answers.ghost:unknown-question',
      'body.participantRole:participant-roles-not-offered',
      'body.preferredInternshipLevel:unknown-internship-level',
      'body.projectDescription:project-description-not-asked',
    ]);
    const kadry = validateDraft(kadryBudushchegoTemplate.settings, [], {
      participantRole: 'wizard',
      preferredInternshipLevel: 'regional',
      internshipJustification: 'x',
      answers: {},
    });
    assert.deepEqual(codes(kadry), [
      'body.internshipJustification:internship-levels-not-offered',
      'body.participantRole:unknown-participant-role',
      'body.preferredInternshipLevel:internship-levels-not-offered',
    ]);
  });
});
