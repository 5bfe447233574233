import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { countEvent } from '../../../shared/counters/domain/count-event.ts';
import { mergeCounterItems } from '../../../shared/counters/domain/merge-counter-items.ts';

describe('merging the shards’ counter items', () => {
  it('sums a cell over shards, splits figures by track and role, and leaves out rows that came back to zero', () => {
    const merged = mergeCounterItems([
      {
        kind: 'stage',
        region: '59',
        stage: 'screening',
        values: { 'now#it#pupil': 2, 'in#it#pupil': 3, 'q#2026-Q3#it#pupil': 3, generation: 4 },
      },
      {
        kind: 'stage',
        region: '59',
        stage: 'screening',
        values: { 'now#it#pupil': 1, 'in#it#pupil': 1, 'q#2026-Q4#it#pupil': 1, 't#0': 2, tn: 2, ts: 100 },
      },
      { kind: 'stage', region: '77', stage: 'screening', values: { 'now#-#-': 0, 'in#-#-': 0 } },
      { kind: 'event', region: '59', values: countEvent('review-completed', 'essay', '59', '2026-07-01T00:00:00Z').adds },
    ]);
    assert.deepEqual(merged.stages, [
      {
        stage: 'screening',
        track: 'it',
        region: '59',
        role: 'pupil',
        now: 3,
        entered: 4,
        enteredByQuarter: { '2026-Q3': 3, '2026-Q4': 1 },
      },
    ]);
    assert.equal(merged.times.length, 1);
    assert.deepEqual(merged.times[0]?.buckets.slice(0, 2), [2, 0]);
    assert.equal(merged.times[0]?.buckets.length, 21);
    assert.equal(merged.times[0]?.totalSeconds, 100);
    assert.deepEqual(merged.events, [{ event: 'review-completed', subject: 'essay', region: '59', count: 1, byQuarter: { '2026-Q3': 1 } }]);
  });
});
