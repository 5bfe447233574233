import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { countApplication, countApplicationChange } from '../../../shared/counters/domain/count-application.ts';
import type { CountedApplication, CountedEvent, StageCounterAdds } from '../../../shared/counters/domain/counted-application.ts';
import { moscowQuarterOf } from '../../../shared/counters/domain/moscow-quarter.ts';
import { enterStage } from '../../../shared/counters/domain/stage-entries.ts';
import { timeInStageBucket } from '../../../shared/counters/domain/time-in-stage-bucket.ts';
import { TIME_IN_STAGE_BUCKET_HOURS } from '../../../shared/counters/domain/season-counts.ts';

const HOUR = 3600 * 1000;
const T0 = Date.parse('2026-07-01T09:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString();

/** The adds as one flat map, `region|stage|attribute` -> value, zeros left out. */
const flat = (changes: readonly (readonly StageCounterAdds[])[]): Record<string, number> => {
  const sum = new Map<string, number>();
  for (const change of changes) {
    for (const item of change) {
      for (const [name, value] of Object.entries(item.adds)) {
        const key = `${item.region}|${item.stage}|${name}`;
        sum.set(key, (sum.get(key) ?? 0) + value);
      }
    }
  }
  return Object.fromEntries([...sum].filter(([, value]) => value !== 0).sort(([a], [b]) => a.localeCompare(b)));
};

/** Writes an application the way the repository does: entry bookkeeping first, then the change. */
const write = (before: CountedApplication | undefined, after: CountedApplication, at: string) => {
  const next = { ...after, ...enterStage(before, after.stage, at) };
  return { next, adds: countApplicationChange(before, next, at) };
};

const draft: CountedApplication = { stage: 'draft', createdAt: iso(T0) };

describe('counting an application as it is written', () => {
  it('a creation puts it in its stage now, entered once, in the quarter of its creation (Moscow time)', () => {
    const { adds } = write(undefined, draft, iso(T0));
    assert.deepEqual(flat([adds]), { '-|draft|in#-#-': 1, '-|draft|now#-#-': 1, '-|draft|q#2026-Q3#-#-': 1 });
  });

  it('a submission moves it out of the draft with its new region and track, the draft entry and stay moving along', () => {
    const created = write(undefined, { ...draft, participantRole: 'pupil' }, iso(T0));
    const at = iso(T0 + 3 * HOUR);
    const submitted = write(created.next, { ...created.next, stage: 'submitted', region: '59', track: { track: 'it' } }, at);
    assert.deepEqual(flat([created.adds, submitted.adds]), {
      '59|draft|in#it#pupil': 1,
      '59|draft|q#2026-Q3#it#pupil': 1,
      '59|draft|t#2': 1,
      '59|draft|tn': 1,
      '59|draft|ts': 3 * 3600,
      '59|submitted|in#it#pupil': 1,
      '59|submitted|now#it#pupil': 1,
      '59|submitted|q#2026-Q3#it#pupil': 1,
    });
  });

  it('re-entering a stage counts it now again but entered only once', () => {
    let state = write(undefined, { ...draft, stage: 'screening', region: '59' }, iso(T0));
    const all = [state.adds];
    for (const [stage, hours] of [
      ['interview', 1],
      ['screening', 2],
      ['interview', 3],
    ] as const) {
      state = write(state.next, { ...state.next, stage }, iso(T0 + hours * HOUR));
      all.push(state.adds);
    }
    const sums = flat(all);
    assert.equal(sums['59|interview|in#-#-'], 1);
    assert.equal(sums['59|interview|now#-#-'], 1);
    assert.equal(sums['59|screening|now#-#-'], undefined);
    assert.equal(sums['59|screening|tn'], 2);
    assert.equal(sums['59|interview|tn'], 1);
  });

  it('a draft edit that changes nothing counted changes nothing', () => {
    const created = write(undefined, draft, iso(T0));
    assert.deepEqual(write(created.next, { ...created.next }, iso(T0 + HOUR)).adds, []);
  });

  it('an application stored before counting began is counted without entries, and its unknown stay is not guessed', () => {
    const legacy: CountedApplication = { stage: 'screening', region: '59', createdAt: iso(T0) };
    const moved = write(legacy, { ...legacy, stage: 'interview' }, iso(T0 + HOUR));
    assert.deepEqual(flat([moved.adds]), { '59|interview|now#-#-': 1, '59|screening|now#-#-': -1 });
  });
});

describe('time-in-stage buckets and quarters', () => {
  it('a stay of exactly a bound is in that bound’s bucket, a second more in the next; past the last bound, the overflow', () => {
    assert.equal(timeInStageBucket(0), 0);
    assert.equal(timeInStageBucket(3600), 0);
    assert.equal(timeInStageBucket(3601), 1);
    assert.equal(timeInStageBucket(24 * 3600), 5);
    assert.equal(timeInStageBucket(8760 * 3600), TIME_IN_STAGE_BUCKET_HOURS.length - 1);
    assert.equal(timeInStageBucket(8760 * 3600 + 1), TIME_IN_STAGE_BUCKET_HOURS.length);
  });

  it('quarters turn at midnight Moscow time (UTC+3)', () => {
    assert.equal(moscowQuarterOf('2026-06-30T20:59:59.999Z'), '2026-Q2');
    assert.equal(moscowQuarterOf('2026-06-30T21:00:00.000Z'), '2026-Q3');
    assert.equal(moscowQuarterOf('2026-12-31T21:00:00.000Z'), '2027-Q1');
  });
});

type Step =
  | { readonly kind: 'move'; readonly to: string; readonly hours: number }
  | { readonly kind: 'track'; readonly track: string; readonly hours: number }
  | { readonly kind: 'role'; readonly role: string };

const STAGES = ['draft', 'screening', 'interview', 'final', 'withdrawn'];
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), to: fc.constantFrom(...STAGES), hours: fc.integer({ min: 0, max: 24 * 400 }) }),
  fc.record({ kind: fc.constant('track' as const), track: fc.constantFrom('it', 'law', 'eng'), hours: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('role' as const), role: fc.constantFrom('pupil', 'tutor') }),
);

describe('a migration writes what the writes would have added', () => {
  it('the whole contribution of an application equals the sum of the changes of its writes (any sequence of moves and edits)', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 25 }), fc.constantFrom('59', '77'), (steps, region) => {
        let clock = T0;
        let version = 1;
        let state = write(undefined, draft, iso(clock));
        const changes = [state.adds];
        const history: CountedEvent[] = [{ at: iso(clock), version, toStage: 'draft' }];
        for (const step of steps) {
          version += 1;
          if (step.kind === 'role') {
            // Only a draft's role is edited (before submission gives it a region).
            if (state.next.region !== undefined) continue;
            state = write(state.next, { ...state.next, participantRole: step.role }, iso(clock));
          } else if (step.kind === 'track') {
            clock += step.hours * HOUR;
            state = write(state.next, { ...state.next, track: { track: step.track } }, iso(clock));
            history.push({ at: iso(clock), version });
          } else {
            if (step.to === state.next.stage) continue;
            clock += step.hours * HOUR;
            const from = state.next.stage;
            // The region is copied from the profile as the draft is first left.
            state = write(state.next, { ...state.next, stage: step.to, region }, iso(clock));
            history.push({ at: iso(clock), version, fromStage: from, toStage: step.to });
          }
          changes.push(state.adds);
        }
        assert.deepEqual(flat([countApplication(state.next, history)]), flat(changes));
        const { stagesEntered: _entered, stageEnteredAt: _at, ...legacy } = state.next;
        assert.deepEqual(flat([countApplication(legacy, history)]), flat(changes), 'the entries read from the history');
      }),
      { numRuns: 300 },
    );
  });
});
