import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { EXPORT_LIMITS, exportWindowAt } from '../../../shared/own-data/domain/export-window.ts';

describe('the export throttle’s window', () => {
  it('is the hour a moment falls in, and tells a refused caller the whole seconds to its end, at least one', () => {
    const window = exportWindowAt(new Date('2027-03-01T10:20:00.500Z'), EXPORT_LIMITS.windowSeconds);
    assert.equal(window.start, Date.parse('2027-03-01T10:00:00.000Z') / 1000);
    assert.equal(window.secondsLeft, 2400);
    assert.equal(exportWindowAt(new Date('2027-03-01T10:59:59.999Z'), 3600).secondsLeft, 1);
  });

  it('holds every moment inside it, and never sends a caller past its end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const window = exportWindowAt(new Date(ms), EXPORT_LIMITS.windowSeconds);
        assert.ok(window.start * 1000 <= ms && ms < (window.start + window.seconds) * 1000);
        assert.ok(window.secondsLeft >= 1 && window.secondsLeft <= window.seconds);
        assert.ok(ms + (window.secondsLeft - 1) * 1000 < (window.start + window.seconds) * 1000);
      }),
    );
  });
});
