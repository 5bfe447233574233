import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { TIME_IN_STAGE_BUCKET_HOURS } from '../../../shared/counters/domain/season-counts.ts';
import { histogramQuantile } from '../../../shared/reports/domain/time-in-stage.ts';

const histograms = fc
  .array(fc.nat({ max: 1000 }), { minLength: TIME_IN_STAGE_BUCKET_HOURS.length + 1, maxLength: TIME_IN_STAGE_BUCKET_HOURS.length + 1 })
  .filter((buckets) => buckets.some((count) => count > 0));

describe('quantiles from the time-in-stage histogram', () => {
  it('never fall outside the buckets that hold stays, and the median never exceeds p90', () => {
    fc.assert(
      fc.property(histograms, (buckets) => {
        const median = histogramQuantile(buckets, 0.5);
        const p90 = histogramQuantile(buckets, 0.9);
        assert.ok(median !== null && p90 !== null);
        assert.ok(median <= p90);
        const first = buckets.findIndex((count) => count > 0);
        const last = buckets.findLastIndex((count) => count > 0);
        const lowest = first === 0 ? 0 : (TIME_IN_STAGE_BUCKET_HOURS[first - 1] ?? 0);
        const highest = TIME_IN_STAGE_BUCKET_HOURS[last] ?? TIME_IN_STAGE_BUCKET_HOURS.at(-1) ?? 0;
        assert.ok(median >= lowest && p90 <= highest, `${median}, ${p90} within [${lowest}, ${highest}]`);
      }),
    );
  });
});
