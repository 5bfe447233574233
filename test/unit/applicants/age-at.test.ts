import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ageAt } from '../../../shared/applicants/domain/age-at.ts';

describe('age at a reference date', () => {
  it('counts a year from the birthday itself, not the day after', () => {
    assert.equal(ageAt('2008-08-31', '2026-08-30'), 17);
    assert.equal(ageAt('2008-08-31', '2026-08-31'), 18);
    assert.equal(ageAt('2008-09-01', '2026-08-31'), 17);
    assert.equal(ageAt('1990-12-31', '2026-01-01'), 35);
    assert.equal(ageAt('1990-01-01', '2026-12-31'), 36);
  });

  it('gives people born on 29 February their birthday on 28 February in other years (Civil Code art. 192)', () => {
    assert.equal(ageAt('2008-02-29', '2026-02-27'), 17);
    assert.equal(ageAt('2008-02-29', '2026-02-28'), 18);
    assert.equal(ageAt('2008-02-29', '2028-02-28'), 19, 'in a leap year the birthday is the 29th');
    assert.equal(ageAt('2008-02-29', '2028-02-29'), 20);
  });

  it('reads a date-time by its date and never goes below zero', () => {
    assert.equal(ageAt('2008-08-31', '2026-08-31T23:59:59Z'), 18);
    assert.equal(ageAt('2030-01-01', '2026-08-31'), 0);
    assert.throws(() => ageAt('31.08.2008', '2026-08-31'));
  });
});
