import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { applicationIndexKeys } from '../../../shared/platform/keys/keys.ts';

/**
 * DESIGN §3/§7: a partition (table or GSI) takes 1,000 writes/s. A season of a million
 * applications submitted at 1,000 per second in the last hour must not push any index partition
 * past that. Each submission rewrites the application's index entries: where the partition key
 * stays (the stage is in the sort key) that is a delete and a put on one partition (two writes);
 * where it changes (track and region are set at submission) one write on each.
 */
const APPLICATIONS = 1_000_000;
const SUBMISSIONS_PER_SECOND = 1_000;
const PARTITION_WRITE_LIMIT = 1_000;
const INDEXES = ['gsi2', 'gsi3', 'gsi4'] as const;

/** Deterministic, so a failure reproduces: mulberry32. */
const random = (() => {
  let seed = 0x5eed;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();

/** Moscow-heavy, like the real applicant pool: Moscow, the Moscow region, St Petersburg, then the rest. */
const OTHER_REGIONS = Array.from({ length: 85 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
  (code) => !['77', '50', '78'].includes(code),
);
const region = (): string => {
  const r = random();
  if (r < 0.3) return '77';
  if (r < 0.4) return '50';
  if (r < 0.47) return '78';
  return OTHER_REGIONS[Math.floor(random() * OTHER_REGIONS.length)]!;
};
/** Most applicants land on one track: the skew a track index must survive. */
const track = (): string => {
  const r = random();
  return r < 0.6 ? 'beginner' : r < 0.9 ? 'young' : 'pro';
};

describe('sharded staff-list index keys', () => {
  it('keep every index partition under 1,000 writes/s at 1,000 submissions/s over a million applications', () => {
    const seasonId = 'prokadry-2026';
    const createdAt = '2026-05-01T00:00:00.000Z';
    let worst = { writes: 0, partition: '', second: 0 };
    let second = 0;
    let writes = new Map<string, number>();
    const add = (partition: string, count: number) => writes.set(partition, (writes.get(partition) ?? 0) + count);
    const closeSecond = () => {
      for (const [partition, count] of writes) if (count > worst.writes) worst = { writes: count, partition, second };
      writes = new Map();
      second += 1;
    };

    for (let i = 0; i < APPLICATIONS; i += 1) {
      const id = randomUUID();
      const draft = applicationIndexKeys({ id, seasonId, applicantId: `sub-${i}`, createdAt, stage: 'application' });
      const submitted = applicationIndexKeys({
        id,
        seasonId,
        applicantId: `sub-${i}`,
        createdAt,
        stage: 'screening',
        track: track(),
        region: region(),
      });
      for (const index of INDEXES) {
        const before = draft[`${index}pk`];
        const after = submitted[`${index}pk`];
        if (before === after) add(after, 2);
        else {
          add(before, 1);
          add(after, 1);
        }
      }
      if ((i + 1) % SUBMISSIONS_PER_SECOND === 0) closeSecond();
    }

    assert.equal(second, APPLICATIONS / SUBMISSIONS_PER_SECOND);
    assert.ok(
      worst.writes <= PARTITION_WRITE_LIMIT,
      `partition ${worst.partition} took ${worst.writes} writes in second ${worst.second} (limit ${PARTITION_WRITE_LIMIT}/s at ${SUBMISSIONS_PER_SECOND} submissions/s)`,
    );
  });
});
