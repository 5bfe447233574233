import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { APPLICATION_SHARDS, internshipPreferencesKeys } from '../../../shared/platform/keys/keys.ts';

describe('a stage’s preferences index', () => {
  it('spreads a deadline’s saves over every shard: no partition takes more than a sixteenth and a bit', () => {
    const counts = new Map<string, number>();
    const saves = 50_000;
    for (let i = 0; i < saves; i += 1) {
      const { gsi1pk } = internshipPreferencesKeys({
        applicationId: randomUUID(),
        seasonId: 'prokadry-2026',
        stage: 'regional-internship',
      });
      counts.set(gsi1pk, (counts.get(gsi1pk) ?? 0) + 1);
    }
    assert.equal(counts.size, APPLICATION_SHARDS);
    // 1,000 saves/s at a deadline put at most ~70 writes/s on a shard, far below a partition's 1,000.
    assert.ok(Math.max(...counts.values()) / saves < 0.07, JSON.stringify([...counts.values()]));
  });
});
