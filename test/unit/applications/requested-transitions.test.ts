import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { decideRequestedTransition, findTransition } from '../../../shared/catalogue/domain/pipeline/decide-transition.ts';
import { checkTransitionGuards, guardKindsOf, type GuardFacts } from '../../../shared/catalogue/domain/pipeline/transition-guards.ts';
import type { Pipeline, Transition } from '../../../shared/catalogue/domain/config/pipeline-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const pipeline = prokadryTemplate.settings.pipeline;
const none: GuardFacts = { track: undefined, participantRole: undefined, verifiedDocuments: new Set() };

const refusal = (decision: ReturnType<typeof decideRequestedTransition>) => {
  assert.ok(!decision.allowed, 'expected a refusal');
  assert.ok(decision.message.ru.length > 0, 'a reason in Russian');
  assert.ok(decision.message.en.length > 0, 'a reason in English');
  return decision.code;
};

/** A pipeline with one transition a → b carrying the given guards. */
const guarded = (guards: Transition['guards']): Pipeline => ({
  stages: [
    { id: 'a', kind: 'application', initial: true, name: { ru: 'А', en: 'A' } },
    { id: 'b', kind: 'review', name: { ru: 'Б', en: 'B' } },
  ],
  transitions: [{ from: ['a'], to: 'b', by: ['staff'], guards, effects: ['notifyApplicant', 'notifyStaff'] }],
});

describe('any requested transition, decided by the domain', () => {
  it('allows the pipeline’s move for its actor and hands over the transition’s effects', () => {
    const decision = decideRequestedTransition(pipeline, { stage: 'screening' }, 'education', 'staff', none);
    assert.ok(decision.allowed);
    assert.deepEqual([decision.from, decision.to, decision.effects], ['screening', 'education', ['notifyApplicant']]);
    const byExpert = decideRequestedTransition(pipeline, { stage: 'interview' }, 'regional-internship', 'expert', {
      ...none,
      track: 'beginner',
      rubricScores: new Map([['expert-interview', 7]]),
    });
    assert.ok(byExpert.allowed);
    const withRelease = decideRequestedTransition(pipeline, { stage: 'federal-interview' }, 'federal-internship', 'partner', {
      ...none,
      verifiedDocuments: new Set(['summary-sheet']),
      rubricScores: new Map([['ministry-interview', 8]]),
    });
    assert.ok(withRelease.allowed);
    assert.deepEqual(withRelease.effects, ['notifyApplicant', 'releaseDataToRegion']);
  });

  it('refuses a stage the programme does not have, the stage it is in, and a move the pipeline lacks', () => {
    assert.equal(refusal(decideRequestedTransition(pipeline, { stage: 'screening' }, 'moon', 'staff', none)), 'unknown-stage');
    assert.equal(refusal(decideRequestedTransition(pipeline, { stage: 'screening' }, 'screening', 'staff', none)), 'already-in-stage');
    assert.equal(refusal(decideRequestedTransition(pipeline, { stage: 'screening' }, 'closing', 'staff', none)), 'no-such-transition');
    const concluded = decideRequestedTransition(pipeline, { stage: 'not-selected' }, 'screening', 'staff', none);
    assert.equal(refusal(concluded), 'no-such-transition');
    assert.equal(concluded.allowed, false);
    assert.match(concluded.message.en, /not-selected/);
  });

  it('refuses an actor the transition is not made by, naming who makes it', () => {
    const applicantMove = decideRequestedTransition(pipeline, { stage: 'application' }, 'screening', 'staff', none);
    assert.equal(refusal(applicantMove), 'actor-not-allowed');
    assert.equal(applicantMove.allowed, false);
    assert.match(applicantMove.message.en, /applicant/);
    assert.equal(refusal(decideRequestedTransition(pipeline, { stage: 'screening' }, 'education', 'expert', none)), 'actor-not-allowed');
    assert.equal(refusal(decideRequestedTransition(pipeline, { stage: 'closing' }, 'completed', 'partner', none)), 'actor-not-allowed');
    assert.equal(
      refusal(decideRequestedTransition(pipeline, { stage: 'interview' }, 'withdrawn', 'staff', none)),
      'actor-not-allowed',
      'only the applicant withdraws',
    );
    assert.equal(refusal(decideRequestedTransition(pipeline, { stage: 'interview' }, 'not-selected', 'mentor', none)), 'actor-not-allowed');
  });

  it('keeps the applicant’s own rules: withdrawal closes after its stage, submission goes to the pipeline’s stage', () => {
    assert.equal(
      refusal(decideRequestedTransition(pipeline, { stage: 'federal-internship' }, 'withdrawn', 'applicant', none)),
      'no-such-transition',
    );
    const earlyClose = { ...pipeline, withdrawalClosesAt: 'screening' };
    assert.equal(
      refusal(decideRequestedTransition(earlyClose, { stage: 'interview' }, 'withdrawn', 'applicant', none)),
      'withdrawal-closed',
    );
    assert.ok(decideRequestedTransition(pipeline, { stage: 'interview' }, 'withdrawn', 'applicant', none).allowed);
    assert.ok(decideRequestedTransition(pipeline, { stage: 'application' }, 'screening', 'applicant', none).allowed);
    assert.equal(
      refusal(
        decideRequestedTransition(pipeline, { stage: 'application', submittedAt: '2026-05-01T00:00:00Z' }, 'screening', 'applicant', none),
      ),
      'already-submitted',
    );
  });

  it('checks the tracks guard', () => {
    assert.equal(
      refusal(decideRequestedTransition(pipeline, { stage: 'interview' }, 'federal-interview', 'staff', { ...none, track: 'beginner' })),
      'track-not-admitted',
    );
    assert.equal(
      refusal(decideRequestedTransition(pipeline, { stage: 'interview' }, 'federal-interview', 'staff', none)),
      'track-not-admitted',
    );
    const scored = { ...none, rubricScores: new Map([['expert-interview', 7]]) };
    assert.ok(
      decideRequestedTransition(pipeline, { stage: 'interview' }, 'federal-interview', 'staff', { ...scored, track: 'pro' }).allowed,
    );
    // The interview's score is asked for after the track: a PRO applicant not yet scored waits for it.
    assert.equal(
      refusal(decideRequestedTransition(pipeline, { stage: 'interview' }, 'federal-interview', 'staff', { ...none, track: 'pro' })),
      'rubric-score-unavailable',
    );
  });

  it('checks the participantRoles guard', () => {
    const roles = guarded([{ kind: 'participantRoles', roles: ['pupil'] }]);
    assert.equal(
      refusal(decideRequestedTransition(roles, { stage: 'a' }, 'b', 'staff', { ...none, participantRole: 'tutor' })),
      'participant-role-not-admitted',
    );
    assert.equal(refusal(decideRequestedTransition(roles, { stage: 'a' }, 'b', 'staff', none)), 'participant-role-not-admitted');
    assert.ok(decideRequestedTransition(roles, { stage: 'a' }, 'b', 'staff', { ...none, participantRole: 'pupil' }).allowed);
  });

  it('checks the documents guard against verified documents only, naming the missing ones', () => {
    const documents = decideRequestedTransition(pipeline, { stage: 'federal-interview' }, 'federal-internship', 'staff', {
      ...none,
      verifiedDocuments: new Set(['resume']),
    });
    assert.equal(refusal(documents), 'document-missing');
    assert.equal(documents.allowed, false);
    assert.match(documents.message.en, /summary-sheet/);
    const named = checkTransitionGuards(guarded([{ kind: 'documents', documents: ['cv'] }]).transitions[0]!, none, () => ({
      ru: 'Резюме',
      en: 'CV',
    }));
    assert.ok(named !== undefined, 'a refusal');
    assert.match(named.message.ru, /Резюме/);
    assert.match(named.message.en, /CV/);
  });

  it('checks the guardianConsent guard', () => {
    const kadry = kadryBudushchegoTemplate.settings.pipeline;
    const consent = guarded([{ kind: 'guardianConsent' }]);
    assert.equal(
      refusal(decideRequestedTransition(consent, { stage: 'a' }, 'b', 'staff', { ...none, guardianConsent: 'missing' })),
      'guardian-consent-missing',
    );
    assert.ok(decideRequestedTransition(consent, { stage: 'a' }, 'b', 'staff', { ...none, guardianConsent: 'given' }).allowed);
    assert.ok(decideRequestedTransition(consent, { stage: 'a' }, 'b', 'staff', { ...none, guardianConsent: 'not-needed' }).allowed);
    assert.ok(guardKindsOf(kadry.transitions[0]!).has('guardianConsent'));
    assert.throws(() => decideRequestedTransition(consent, { stage: 'a' }, 'b', 'staff', none), /without the guardian-consent fact/);
  });

  it('checks the shortlist guard, which needs the shortlist read', () => {
    assert.equal(
      refusal(decideRequestedTransition(pipeline, { stage: 'education' }, 'interview', 'staff', { ...none, shortlisted: false })),
      'not-shortlisted',
    );
    assert.ok(decideRequestedTransition(pipeline, { stage: 'education' }, 'interview', 'system', { ...none, shortlisted: true }).allowed);
    assert.throws(
      () => decideRequestedTransition(pipeline, { stage: 'education' }, 'interview', 'staff', none),
      /without the shortlist fact/,
    );
    const found = findTransition(pipeline, { stage: 'education' }, 'interview', 'staff');
    assert.equal(found.allowed, true);
    assert.ok(guardKindsOf(found.transition).has('shortlist'), 'guarded by the shortlist');
  });

  it('refuses a rubricScore guard while no scores exist, and compares a score once there is one', () => {
    const rubric = guarded([{ kind: 'rubricScore', rubric: 'interview', atLeast: 7 }]);
    const unavailable = decideRequestedTransition(rubric, { stage: 'a' }, 'b', 'staff', none);
    assert.equal(refusal(unavailable), 'rubric-score-unavailable');
    assert.equal(unavailable.allowed, false);
    assert.match(unavailable.message.en, /interview/);
    assert.equal(
      refusal(decideRequestedTransition(rubric, { stage: 'a' }, 'b', 'staff', { ...none, rubricScores: new Map([['interview', 6.5]]) })),
      'rubric-score-too-low',
    );
    assert.ok(
      decideRequestedTransition(rubric, { stage: 'a' }, 'b', 'staff', { ...none, rubricScores: new Map([['interview', 7]]) }).allowed,
    );
  });

  it('reports the first failing guard in the programme’s order', () => {
    const two = guarded([
      { kind: 'tracks', tracks: ['pro'] },
      { kind: 'documents', documents: ['cv'] },
    ]);
    assert.equal(refusal(decideRequestedTransition(two, { stage: 'a' }, 'b', 'staff', none)), 'track-not-admitted');
    assert.equal(refusal(decideRequestedTransition(two, { stage: 'a' }, 'b', 'staff', { ...none, track: 'pro' })), 'document-missing');
    const both = decideRequestedTransition(two, { stage: 'a' }, 'b', 'staff', {
      ...none,
      track: 'pro',
      verifiedDocuments: new Set(['cv']),
    });
    assert.ok(both.allowed);
    assert.deepEqual(both.effects, ['notifyApplicant', 'notifyStaff']);
  });
});
