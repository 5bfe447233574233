import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { decideRequestedTransition } from '../../../shared/catalogue/domain/pipeline/decide-transition.ts';
import type { GuardFacts } from '../../../shared/catalogue/domain/pipeline/transition-guards.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';

const pipeline = obedinenieNastavnikovTemplate.settings.pipeline;
const none = {} as GuardFacts;
const submitted = (stage: string) => ({ stage, submittedAt: '2027-04-01T09:00:00Z' });
const outcome = (decision: ReturnType<typeof decideRequestedTransition>) => (decision.allowed ? 'allowed' : decision.code);

describe('the pair’s own moves through Объединение наставников’ pipeline', () => {
  it('lets the mentor move a mentee on from the agreement and from the session, the mentee accept the invitation', () => {
    assert.deepEqual(
      [
        outcome(decideRequestedTransition(pipeline, submitted('mentor-agreement'), 'invitation', 'mentor', none)),
        outcome(decideRequestedTransition(pipeline, submitted('invitation'), 'mentoring-session', 'applicant', none)),
        outcome(decideRequestedTransition(pipeline, submitted('mentoring-session'), 'summing-up', 'mentor', none)),
      ],
      ['allowed', 'allowed', 'allowed'],
    );
  });

  it('keeps each to their own move: the mentee cannot agree for the mentor, the mentor cannot accept for the mentee', () => {
    assert.deepEqual(
      [
        outcome(decideRequestedTransition(pipeline, submitted('mentor-agreement'), 'invitation', 'applicant', none)),
        outcome(decideRequestedTransition(pipeline, submitted('invitation'), 'mentoring-session', 'mentor', none)),
        outcome(decideRequestedTransition(pipeline, submitted('mentoring-session'), 'summing-up', 'applicant', none)),
      ],
      ['actor-not-allowed', 'actor-not-allowed', 'actor-not-allowed'],
    );
  });

  it('still holds the mentee’s withdrawal to the programme’s last stage for it', () => {
    assert.equal(outcome(decideRequestedTransition(pipeline, submitted('invitation'), 'withdrawn', 'applicant', none)), 'allowed');
    assert.equal(
      outcome(decideRequestedTransition(pipeline, submitted('mentoring-session'), 'withdrawn', 'applicant', none)),
      'no-such-transition',
    );
  });
});
