import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { planMatching, type MatchingMentee, type MatchingMentor } from '../../../shared/mentoring/domain/plan-matching.ts';

const mentee = (applicationId: string, changes: Partial<MatchingMentee> = {}): MatchingMentee => ({
  applicationId,
  language: 'ru',
  region: '51',
  spheres: ['technology'],
  score: undefined,
  declinedBy: [],
  ...changes,
});

const mentor = (mentorId: string, changes: Partial<MatchingMentor> = {}): MatchingMentor => ({
  mentorId,
  tier: 'main',
  seatsLeft: 1,
  spheres: ['technology'],
  languages: ['ru'],
  region: '77',
  ...changes,
});

const pairsOf = (plan: ReturnType<typeof planMatching>) =>
  Object.fromEntries(plan.pairs.map((pair) => [pair.applicationId, pair.mentorId]));

describe('matching mentees with mentors', () => {
  it('gives each mentee the best fitting mentor: shared spheres first, then the same region', () => {
    const plan = planMatching(
      [mentee('a', { spheres: ['technology', 'education'], region: '51' })],
      [mentor('same-region', { region: '51' }), mentor('two-spheres', { spheres: ['technology', 'education'] }), mentor('plain')],
      'seed',
    );
    assert.deepEqual(plan.pairs, [{ applicationId: 'a', mentorId: 'two-spheres', tier: 'main', choiceRank: 1 }]);
  });

  it('never pairs across languages, outside the project’s spheres, or with a mentor who declined the mentee', () => {
    const plan = planMatching(
      [
        mentee('english', { language: 'en' }),
        mentee('declined', { declinedBy: ['tech'] }),
        mentee('social', { spheres: ['social-projects'] }),
      ],
      [mentor('tech', { seatsLeft: 3 })],
      'seed',
    );
    assert.deepEqual(plan.pairs, []);
    assert.deepEqual(
      plan.unmatched.map((left) => [left.applicationId, left.reason]),
      [
        ['declined', 'no-fitting-mentor'],
        ['english', 'no-fitting-mentor'],
        ['social', 'no-fitting-mentor'],
      ],
    );
    assert.ok(plan.unmatched.every((left) => left.explanation.ru.length > 0 && left.explanation.en.length > 0));
  });

  it('takes any sphere for a project that names none', () => {
    const plan = planMatching([mentee('open', { spheres: [] })], [mentor('business', { spheres: ['business'] })], 'seed');
    assert.deepEqual(pairsOf(plan), { open: 'business' });
  });

  it('fills the main tier before the reserve, even with a better-fitting reserve mentor', () => {
    const plan = planMatching(
      [mentee('a', { region: '51' }), mentee('b', { region: '51' })],
      [mentor('main'), mentor('reserve', { tier: 'reserve', region: '51', seatsLeft: 2 })],
      'seed',
    );
    assert.equal(plan.pairs.filter((pair) => pair.tier === 'main').length, 1);
    assert.equal(plan.pairs.filter((pair) => pair.tier === 'reserve').length, 1);
    assert.deepEqual(
      plan.unfilled.map((left) => [left.mentorId, left.tier, left.seatsLeft]),
      [['reserve', 'reserve', 1]],
    );
  });

  it('gives a mentor with one place to the better-evaluated project; the other is left, told why', () => {
    const plan = planMatching([mentee('weak', { score: 6.1 }), mentee('strong', { score: 8.4 })], [mentor('only')], 'seed');
    assert.deepEqual(pairsOf(plan), { strong: 'only' });
    assert.deepEqual(
      plan.unmatched.map((left) => [left.applicationId, left.reason]),
      [['weak', 'outranked']],
    );
  });

  it('skips mentors without places left', () => {
    const plan = planMatching([mentee('a')], [mentor('full', { seatsLeft: 0 }), mentor('free')], 'seed');
    assert.deepEqual(pairsOf(plan), { a: 'free' });
    assert.deepEqual(plan.unfilled, []);
  });

  it('pairs only mentees and mentors who fit, within every capacity, the same whatever order they are read in', () => {
    const spheres = ['technology', 'business', 'education'];
    const arbitrary = fc.record({
      mentees: fc.uniqueArray(
        fc.record({
          applicationId: fc.stringMatching(/^m[0-9]{1,3}$/),
          language: fc.constantFrom('ru' as const, 'en' as const),
          region: fc.constantFrom('51', '77', undefined),
          spheres: fc.subarray(spheres),
          score: fc.option(
            fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
            { nil: undefined },
          ),
          declinedBy: fc.constant([] as string[]),
        }),
        { selector: (one) => one.applicationId, maxLength: 30 },
      ),
      mentors: fc.uniqueArray(
        fc.record({
          mentorId: fc.stringMatching(/^t[0-9]{1,2}$/),
          tier: fc.constantFrom('main' as const, 'reserve' as const),
          seatsLeft: fc.integer({ min: 0, max: 3 }),
          spheres: fc.subarray(spheres, { minLength: 1 }),
          languages: fc.subarray(['ru', 'en'], { minLength: 1 }),
          region: fc.constantFrom('51', '77', undefined),
        }),
        { selector: (one) => one.mentorId, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(arbitrary, ({ mentees, mentors }) => {
        const plan = planMatching(mentees, mentors, 'seed');
        const again = planMatching([...mentees].reverse(), [...mentors].reverse(), 'seed');
        assert.deepEqual(again, plan);
        const load = new Map<string, number>();
        for (const pair of plan.pairs) load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
        for (const one of mentors) assert.ok((load.get(one.mentorId) ?? 0) <= one.seatsLeft, `${one.mentorId} over capacity`);
        assert.equal(plan.pairs.length + plan.unmatched.length, mentees.length);
        for (const pair of plan.pairs) {
          const who = mentees.find((one) => one.applicationId === pair.applicationId);
          const whom = mentors.find((one) => one.mentorId === pair.mentorId);
          assert.ok(who !== undefined && whom !== undefined);
          assert.ok(whom.languages.includes(who.language), 'a shared language');
          assert.ok(who.spheres.length === 0 || who.spheres.some((sphere) => whom.spheres.includes(sphere)), 'a shared sphere');
        }
      }),
      { numRuns: 200 },
    );
  });
});
