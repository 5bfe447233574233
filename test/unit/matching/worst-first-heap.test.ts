import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { WorstFirstHeap } from '../../../shared/matching/domain/worst-first-heap.ts';

describe('WorstFirstHeap', () => {
  it('always hands out the item with the largest key, whatever the pushes and pops', () => {
    const operations = fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant('pop' as const)), { maxLength: 60 });
    fc.assert(
      fc.property(operations, (steps) => {
        const heap = new WorstFirstHeap();
        const held: number[] = [];
        for (const [at, step] of steps.entries()) {
          if (step !== 'pop') {
            // The item is its position, so equal keys still name distinct items.
            heap.push(at, step * 1000 + at);
            held.push(step * 1000 + at);
          } else if (held.length > 0) {
            const worst = Math.max(...held);
            assert.equal(heap.worstKey(), worst);
            assert.equal(heap.popWorst(), worst % 1000);
            held.splice(held.indexOf(worst), 1);
          }
          assert.equal(heap.size, held.length);
        }
      }),
    );
  });
});
