import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { findGate } from '../../../shared/catalogue/domain/pipeline/find-gate.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const prokadry = prokadryTemplate.settings.pipeline;
const codeOf = (decision: ReturnType<typeof findGate>) => (decision.allowed ? 'allowed' : decision.code);

describe('which cohort gates staff may run', () => {
  it('allows the pipeline’s gate transitions, with the guards a single move would check', () => {
    const interview = findGate(prokadry, 'education', 'interview', 'staff');
    assert.equal(interview.allowed, true);
    assert.deepEqual(interview.transition.guards, [{ kind: 'shortlist' }]);
    assert.equal(codeOf(findGate(prokadry, 'education', 'not-selected', 'staff')), 'allowed');
    const kadry = kadryBudushchegoTemplate.settings.pipeline;
    assert.equal(codeOf(findGate(kadry, 'selection', 'regional-school', 'system')), 'allowed');
    assert.equal(codeOf(findGate(kadry, 'selection', 'not-selected', 'staff')), 'allowed');
  });

  it('refuses a transition that moves one application at a time', () => {
    const refused = findGate(prokadry, 'interview', 'regional-internship', 'staff');
    assert.equal(codeOf(refused), 'not-a-gate');
    assert.match(refused.allowed ? '' : refused.message.en, /one application at a time/);
  });

  it('refuses unknown stages, missing transitions, a gate onto the same stage and other actors’ gates', () => {
    assert.equal(codeOf(findGate(prokadry, 'nowhere', 'interview', 'staff')), 'unknown-stage');
    assert.equal(codeOf(findGate(prokadry, 'education', 'nowhere', 'staff')), 'unknown-stage');
    assert.equal(codeOf(findGate(prokadry, 'education', 'education', 'staff')), 'already-in-stage');
    assert.equal(codeOf(findGate(prokadry, 'application', 'interview', 'staff')), 'no-such-transition');
    assert.equal(codeOf(findGate(prokadry, 'education', 'interview', 'expert')), 'actor-not-allowed');
  });

  it('finds no application-window gate where a template has none (drafts stay drafts)', () => {
    for (const template of [prokadryTemplate, kadryBudushchegoTemplate, obedinenieNastavnikovTemplate]) {
      const { pipeline } = template.settings;
      const initial = pipeline.stages.find((stage) => stage.initial === true)?.id ?? assert.fail('no initial stage');
      const gates = pipeline.transitions.filter((transition) => transition.gate === true && transition.from.includes(initial));
      assert.deepEqual(gates, [], `${template.id} has no gate out of the application stage`);
    }
  });
});
