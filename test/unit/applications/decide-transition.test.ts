import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { decideTransition } from '../../../shared/catalogue/domain/pipeline/decide-transition.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const pipeline = prokadryTemplate.settings.pipeline;

describe('stage transitions decided by the domain', () => {
  it('submits a draft out of the initial stage by the pipeline’s applicant transition', () => {
    const decision = decideTransition(pipeline, { stage: 'application' }, 'submit', 'applicant');
    assert.ok(decision.allowed);
    assert.deepEqual([decision.from, decision.to], ['application', 'screening']);
    const kadry = decideTransition(kadryBudushchegoTemplate.settings.pipeline, { stage: 'application' }, 'submit', 'applicant');
    assert.equal(kadry.allowed, true);
    assert.equal(kadry.to, 'selection');
    assert.equal(kadry.transition.guards?.[0]?.kind, 'guardianConsent');
  });

  it('refuses to submit twice, to submit outside the initial stage, and a submission by another actor', () => {
    const twice = decideTransition(pipeline, { stage: 'application', submittedAt: '2026-05-02T00:00:00Z' }, 'submit', 'applicant');
    assert.equal(twice.allowed, false);
    assert.equal(twice.code, 'already-submitted');
    const moved = decideTransition(pipeline, { stage: 'screening' }, 'submit', 'applicant');
    assert.equal(moved.allowed, false);
    assert.equal(moved.code, 'not-a-draft');
    const staff = decideTransition(pipeline, { stage: 'application' }, 'submit', 'staff');
    assert.equal(staff.allowed, false);
    assert.equal(staff.code, 'submission-not-configured');
  });

  it('withdraws up to withdrawalClosesAt inclusive and not after', () => {
    for (const stage of ['application', 'screening', 'interview', 'federal-interview']) {
      const decision = decideTransition(pipeline, { stage }, 'withdraw', 'applicant');
      assert.ok(decision.allowed, stage);
      assert.equal(decision.to, 'withdrawn');
    }
    const late = decideTransition(pipeline, { stage: 'federal-internship' }, 'withdraw', 'applicant');
    assert.ok(!late.allowed);
    assert.equal(late.code, 'withdrawal-closed');
    assert.match(late.message.en, /federal-interview/);
    assert.ok(late.message.ru.length > 0);
  });

  it('refuses to withdraw twice or after the application concluded', () => {
    const twice = decideTransition(pipeline, { stage: 'withdrawn' }, 'withdraw', 'applicant');
    assert.equal(twice.allowed, false);
    assert.equal(twice.code, 'already-withdrawn');
    const rejected = decideTransition(pipeline, { stage: 'not-selected' }, 'withdraw', 'applicant');
    assert.equal(rejected.allowed, false);
    assert.equal(rejected.code, 'application-concluded');
  });

  it('refuses a withdrawal the pipeline has no transition for, even before withdrawalClosesAt', () => {
    const noTransition = { ...pipeline, transitions: pipeline.transitions.filter((transition) => transition.to !== 'withdrawn') };
    const decision = decideTransition(noTransition, { stage: 'screening' }, 'withdraw', 'applicant');
    assert.equal(decision.allowed, false);
    assert.equal(decision.code, 'withdrawal-not-allowed');
  });
});
