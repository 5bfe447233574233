import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { scoreOrder, tieBreakRubricOf } from '../../../shared/internships/domain/matching/tie-break-rubric.ts';

describe('the rubric that orders candidates a host did not rank', () => {
  it('is the rubric of the score guard on the move into the stage, read from the pipeline', () => {
    const { pipeline } = prokadryTemplate.settings;
    assert.equal(tieBreakRubricOf(pipeline, 'federal-internship'), 'ministry-interview');
    assert.equal(tieBreakRubricOf(pipeline, 'regional-internship'), 'expert-interview');
    assert.equal(tieBreakRubricOf(pipeline, 'closing'), undefined, 'a stage reached without a score');
  });

  it('follows a programme that changes its guards, and is absent for a stage nobody reaches on a score', () => {
    const { pipeline } = prokadryTemplate.settings;
    const edited = {
      transitions: pipeline.transitions.map((transition) =>
        transition.to === 'federal-internship'
          ? { ...transition, guards: [{ kind: 'rubricScore' as const, rubric: 'panel-2027', atLeast: 7 }] }
          : transition,
      ),
    };
    assert.equal(tieBreakRubricOf(edited, 'federal-internship'), 'panel-2027');
    assert.equal(tieBreakRubricOf(kadryBudushchegoTemplate.settings.pipeline, 'project-work'), undefined);
  });

  it('orders the scored best first, equal scores by the tie order, and leaves the unscored out', () => {
    const order = scoreOrder(
      [
        { applicationId: 'a', score: 7 },
        { applicationId: 'b' },
        { applicationId: 'c', score: 9 },
        { applicationId: 'd', score: 7 },
        { applicationId: 'e', score: 7 },
      ],
      (id) => ({ a: 3, d: 1, e: 1 })[id] ?? 0,
    );
    assert.deepEqual(order, ['c', 'd', 'e', 'a']);
  });
});
