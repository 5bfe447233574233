import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import {
  evaluationProblems,
  evaluationRubricFor,
  weightedEvaluation,
} from '../../../shared/internships/domain/placements/evaluate-placement.ts';
import { placementMoveTarget } from '../../../shared/internships/domain/placements/placement-move.ts';
import { decideStep, statusAt } from '../../../shared/internships/domain/placements/placement-steps.ts';

const NOW = new Date('2027-11-22T12:00:00.000Z');
const offered = { status: 'offered' as const, respondBy: '2027-11-27T09:00:00.000Z' };
const overdue = { status: 'offered' as const, respondBy: '2027-11-22T12:00:00.000Z' };

describe('placement steps', () => {
  it('answer an offer only before its deadline, and expire it only after', () => {
    assert.deepEqual(decideStep(offered, 'accept', NOW), { allowed: true, to: 'accepted' });
    assert.deepEqual(decideStep(offered, 'decline', NOW), { allowed: true, to: 'declined' });
    assert.deepEqual(decideStep(offered, 'expire', NOW), { allowed: false, code: 'step-not-allowed', from: 'offered' });
    assert.deepEqual(decideStep(overdue, 'accept', NOW), { allowed: false, code: 'offer-expired', from: 'expired' });
    assert.deepEqual(decideStep(overdue, 'expire', NOW), { allowed: true, to: 'expired' });
    assert.equal(statusAt(overdue, NOW), 'expired', 'read at its deadline, an offer is expired');
    assert.equal(statusAt(offered, NOW), 'offered');
  });

  it('go offered → accepted → started → completed, or end early from accepted or started, and nothing else', () => {
    const at = (status: 'accepted' | 'started' | 'completed' | 'declined') => ({ status, respondBy: offered.respondBy });
    assert.deepEqual(decideStep(at('accepted'), 'start', NOW), { allowed: true, to: 'started' });
    assert.deepEqual(decideStep(at('started'), 'complete', NOW), { allowed: true, to: 'completed' });
    assert.deepEqual(decideStep(at('accepted'), 'end-early', NOW), { allowed: true, to: 'ended-early' });
    assert.deepEqual(decideStep(at('started'), 'end-early', NOW), { allowed: true, to: 'ended-early' });
    assert.equal(decideStep(at('accepted'), 'complete', NOW).allowed, false);
    assert.equal(decideStep(offered, 'start', NOW).allowed, false);
    assert.equal(decideStep(at('completed'), 'end-early', NOW).allowed, false);
    assert.equal(decideStep(at('declined'), 'accept', NOW).allowed, false);
  });
});

describe('the application’s move on a placement’s step', () => {
  const prokadry = prokadryTemplate.settings.pipeline;
  it('ПроКадры: completing an internship moves the application to the closing event, for the host and for staff', () => {
    assert.equal(placementMoveTarget(prokadry, 'federal-internship', 'complete', 'partner'), 'closing');
    assert.equal(placementMoveTarget(prokadry, 'regional-internship', 'complete', 'staff'), 'closing');
  });

  it('moves nothing on the other steps, nor where the pipeline has no such move', () => {
    for (const step of ['accept', 'decline', 'expire', 'start'] as const)
      assert.equal(placementMoveTarget(prokadry, 'federal-internship', step, 'partner'), undefined);
    assert.equal(
      placementMoveTarget(prokadry, 'federal-internship', 'end-early', 'partner'),
      undefined,
      'no rejection out of an internship',
    );
  });

  it('Кадры будущего: an internship held during project work moves nothing, whoever completes it', () => {
    const pipeline = kadryBudushchegoTemplate.settings.pipeline;
    assert.equal(placementMoveTarget(pipeline, 'project-work', 'complete', 'staff'), undefined);
    assert.equal(placementMoveTarget(pipeline, 'project-work', 'complete', 'partner'), undefined);
  });
});

describe('the host’s evaluation', () => {
  const rubric = evaluationRubricFor(prokadryTemplate.settings.reviewRubrics, 'federal-internship');
  it('is scored on the programme’s rubric for the stage, weighted to hundredths', () => {
    assert.equal(rubric?.id, 'federal-internship-evaluation');
    assert.equal(evaluationRubricFor(prokadryTemplate.settings.reviewRubrics, 'regional-internship')?.id, 'regional-internship-evaluation');
    assert.deepEqual(evaluationProblems(rubric, { engagement: 9, quality: 8, initiative: 7.5 }), []);
    assert.equal(weightedEvaluation(rubric, { engagement: 9, quality: 8, initiative: 7.5 }), 8.25);
  });

  it('names every criterion missing, off the scale, not in half points or unknown', () => {
    const problems = evaluationProblems(rubric, { engagement: 11, quality: 7.3, extra: 5 });
    assert.deepEqual(
      problems.map((problem) => [problem.field, problem.code]),
      [
        ['body.scores.engagement', 'off-scale'],
        ['body.scores.quality', 'off-scale'],
        ['body.scores.initiative', 'missing-criterion'],
        ['body.scores.extra', 'unknown-criterion'],
      ],
    );
  });

  it('without a rubric for the stage takes no scores', () => {
    assert.deepEqual(evaluationProblems(undefined, {}), []);
    assert.equal(evaluationProblems(undefined, { engagement: 5 }).length, 1);
  });
});
