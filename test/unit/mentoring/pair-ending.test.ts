import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { decideRequestedTransition } from '../../../shared/catalogue/domain/pipeline/decide-transition.ts';
import type { GuardFacts } from '../../../shared/catalogue/domain/pipeline/transition-guards.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { wayBackToAgreement } from '../../../shared/mentoring/domain/pair-ending.ts';

const { pipeline, mentoring } = obedinenieNastavnikovTemplate.settings;
const stages = mentoring?.stages ?? assert.fail('Объединение наставников pairs mentees');

describe('the way back to the agreement stage when staff end a pair for the mentor', () => {
  it('is the pipeline’s staff move from the invitation and the session, which the domain allows', () => {
    assert.deepEqual(
      ['mentor-agreement', 'invitation', 'mentoring-session', 'summing-up'].map((stage) => wayBackToAgreement(pipeline, stages, stage)),
      ['not-needed', 'allowed', 'allowed', 'not-needed'],
    );
    for (const stage of ['invitation', 'mentoring-session']) {
      const decision = decideRequestedTransition(
        pipeline,
        { stage, submittedAt: '2027-04-01T09:00:00Z' },
        'mentor-agreement',
        'staff',
        {} as GuardFacts,
      );
      assert.ok(decision.allowed, stage);
    }
  });

  it('is missing from a pipeline without that move, so the ending is refused before anything changes', () => {
    const without = {
      transitions: pipeline.transitions.filter((transition) => !(transition.to === 'mentor-agreement' && transition.by.includes('staff'))),
    };
    assert.equal(wayBackToAgreement(without, stages, 'mentoring-session'), 'not-allowed');
    assert.equal(wayBackToAgreement(without, stages, 'mentor-agreement'), 'not-needed');
  });
});
