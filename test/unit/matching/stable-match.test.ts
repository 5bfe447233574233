import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { seededHash } from '../../../shared/matching/domain/seeded-hash.ts';
import { type MatchInput, type MatchReceiver, stableMatch } from '../../../shared/matching/domain/stable-match.ts';

const receiver = (id: string, capacity: number, ranking: string[], acceptsUnranked = false): MatchReceiver => ({
  id,
  capacity,
  ranking,
  acceptsUnranked,
});

const pairs = (input: MatchInput): Record<string, string> =>
  Object.fromEntries(stableMatch(input).assignments.map((assignment) => [assignment.proposerId, assignment.receiverId]));

describe('stableMatch on textbook instances', () => {
  // Gale and Shapley (1962), the instance with three stable matchings: the proposing side gets its
  // first choices whichever side proposes.
  const men = [
    { id: 'alpha', choices: ['A', 'B', 'C'] },
    { id: 'beta', choices: ['B', 'C', 'A'] },
    { id: 'gamma', choices: ['C', 'A', 'B'] },
  ];
  const women = [
    receiver('A', 1, ['beta', 'gamma', 'alpha']),
    receiver('B', 1, ['gamma', 'alpha', 'beta']),
    receiver('C', 1, ['alpha', 'beta', 'gamma']),
  ];

  it('gives the proposers their optimal stable matching (Gale–Shapley 1962)', () => {
    assert.deepEqual(pairs({ proposers: men, receivers: women, seed: 'run' }), { alpha: 'A', beta: 'B', gamma: 'C' });
  });

  it('gives the other side its optimal one when it proposes', () => {
    const proposers = women.map((woman) => ({ id: woman.id, choices: woman.ranking }));
    const receivers = men.map((man) => receiver(man.id, 1, man.choices));
    assert.deepEqual(pairs({ proposers, receivers, seed: 'run' }), { A: 'beta', B: 'gamma', C: 'alpha' });
  });

  // Hospitals and residents with capacities, traced by hand: r4's second proposal displaces r1 at
  // h1, whose second proposal displaces r5 at h2, who has nowhere left to go.
  const residents: MatchInput = {
    seed: 'run',
    proposers: [
      { id: 'r1', choices: ['h1', 'h2'] },
      { id: 'r2', choices: ['h1', 'h3'] },
      { id: 'r3', choices: ['h1', 'h2', 'h3'] },
      { id: 'r4', choices: ['h2', 'h1'] },
      { id: 'r5', choices: ['h2'] },
    ],
    receivers: [receiver('h1', 2, ['r3', 'r4', 'r1', 'r2']), receiver('h2', 1, ['r1', 'r5', 'r3', 'r4']), receiver('h3', 1, ['r3', 'r2'])],
  };

  it('matches residents to hospitals with capacities, in rounds', () => {
    const result = stableMatch(residents);
    assert.deepEqual(result.assignments, [
      { proposerId: 'r1', receiverId: 'h2', choiceRank: 2 },
      { proposerId: 'r2', receiverId: 'h3', choiceRank: 2 },
      { proposerId: 'r3', receiverId: 'h1', choiceRank: 1 },
      { proposerId: 'r4', receiverId: 'h1', choiceRank: 2 },
    ]);
    assert.deepEqual(
      result.unmatched.map(({ proposerId, reason, choices }) => ({ proposerId, reason, choices })),
      [{ proposerId: 'r5', reason: 'outranked', choices: [{ receiverId: 'h2', choiceRank: 1, outcome: 'outranked' }] }],
    );
    assert.deepEqual(result.unfilled, []);
    assert.deepEqual(result.stats, { proposals: 8, rounds: 3 });
  });

  it('gives the same result whatever the order of the input', () => {
    const reversed = { ...residents, proposers: [...residents.proposers].reverse(), receivers: [...residents.receivers].reverse() };
    assert.deepEqual(stableMatch(reversed), stableMatch(residents));
  });

  it('answers an empty run with nothing', () => {
    assert.deepEqual(stableMatch({ proposers: [], receivers: [], seed: 'run' }), {
      assignments: [],
      unmatched: [],
      unfilled: [],
      ignoredChoices: [],
      stats: { proposals: 0, rounds: 0 },
    });
  });

  it('leaves every seat unfilled when nobody takes part, and nobody matched when there are no receivers', () => {
    const noProposers = stableMatch({ proposers: [], receivers: [receiver('h1', 2, []), receiver('h0', 0, [])], seed: 'run' });
    assert.deepEqual(
      noProposers.unfilled.map(({ receiverId, seatsLeft, reason }) => ({ receiverId, seatsLeft, reason })),
      [{ receiverId: 'h1', seatsLeft: 2, reason: 'not-chosen' }],
    );
    const noReceivers = stableMatch({
      proposers: [
        { id: 'p1', choices: ['h1'] },
        { id: 'p2', choices: [] },
      ],
      receivers: [],
      seed: 'run',
    });
    assert.deepEqual(
      noReceivers.unmatched.map(({ proposerId, reason }) => ({ proposerId, reason })),
      [
        { proposerId: 'p1', reason: 'choices-unknown' },
        { proposerId: 'p2', reason: 'no-choices' },
      ],
    );
  });
});

describe('stableMatch: who a receiver takes', () => {
  it('takes only ranked proposers unless it accepts unranked ones, and those only after every ranked one', () => {
    const proposers = [
      { id: 'strict-first', choices: ['strict', 'open'] },
      { id: 'open-first', choices: ['open', 'strict'] },
      { id: 'late', choices: ['open'] },
    ];
    const result = stableMatch({
      proposers,
      receivers: [receiver('strict', 1, ['unranked-nobody']), receiver('open', 1, ['late'], true)],
      seed: 'run',
    });
    // 'late' is ranked by 'open', so it beats the two unranked there; 'strict' ranks none of them.
    assert.deepEqual(result.assignments, [{ proposerId: 'late', receiverId: 'open', choiceRank: 1 }]);
    assert.deepEqual(
      result.unmatched.map(({ proposerId, reason }) => ({ proposerId, reason })),
      [
        { proposerId: 'open-first', reason: 'outranked' },
        { proposerId: 'strict-first', reason: 'outranked' },
      ],
    );
  });

  it('orders unranked proposers by the fallback order, then by the seeded hash of their id', () => {
    const proposers = ['p1', 'p2', 'p3'].map((id) => ({ id, choices: ['open'] }));
    const receivers = [receiver('open', 2, [], true)];
    assert.deepEqual(Object.keys(pairs({ proposers, receivers, fallbackOrder: ['p3', 'p1'], seed: 'run' })), ['p1', 'p3']);
    // p2 alone is in the order: it goes first, and the hash picks between the two others.
    const seed = 'run-7';
    const byHash = ['p1', 'p3'].sort((left, right) => seededHash(seed, left) - seededHash(seed, right));
    assert.deepEqual(Object.keys(pairs({ proposers, receivers, fallbackOrder: ['p2', 'nobody'], seed })), ['p2', byHash[0]].sort());
  });

  it('breaks ties by the seed: the same seed the same way every time, other seeds otherwise', () => {
    const proposers = ['p1', 'p2'].map((id) => ({ id, choices: ['open'] }));
    const receivers = [receiver('open', 1, [], true)];
    const winner = (seed: string) => Object.keys(pairs({ proposers, receivers, seed }))[0];
    const seeds = Array.from({ length: 20 }, (_, index) => `run-${index}`);
    for (const seed of seeds) {
      assert.equal(winner(seed), seededHash(seed, 'p1') < seededHash(seed, 'p2') ? 'p1' : 'p2');
      assert.equal(winner(seed), winner(seed));
    }
    assert.deepEqual(new Set(seeds.map(winner)), new Set(['p1', 'p2']));
  });

  it('counts a proposer once in a ranking and ignores ids of no proposer', () => {
    const proposers = ['p1', 'p2'].map((id) => ({ id, choices: ['host'] }));
    assert.deepEqual(pairs({ proposers, receivers: [receiver('host', 1, ['gone', 'p2', 'p1', 'p2'])], seed: 'run' }), { p2: 'host' });
  });

  it('passes over a receiver with no seats', () => {
    const result = stableMatch({
      proposers: [
        { id: 'p1', choices: ['closed', 'open'] },
        { id: 'p2', choices: ['closed'] },
      ],
      receivers: [receiver('closed', 0, ['p1', 'p2'], true), receiver('open', 1, ['p1'])],
      seed: 'run',
    });
    assert.deepEqual(result.assignments, [{ proposerId: 'p1', receiverId: 'open', choiceRank: 2 }]);
    assert.equal(result.unmatched[0]?.reason, 'not-acceptable');
    assert.deepEqual(result.unmatched[0]?.choices, [{ receiverId: 'closed', choiceRank: 1, outcome: 'no-seats' }]);
    assert.match(result.unmatched[0]?.explanation.en ?? '', /no places/);
    assert.deepEqual(result.unfilled, []);
  });

  it('ignores repeated and unknown choices and reports them, ranks counting from the list as given', () => {
    const result = stableMatch({
      proposers: [{ id: 'p1', choices: ['gone', 'full', 'full', 'open'] }],
      receivers: [receiver('full', 0, []), receiver('open', 1, [], true)],
      seed: 'run',
    });
    assert.deepEqual(result.assignments, [{ proposerId: 'p1', receiverId: 'open', choiceRank: 4 }]);
    assert.deepEqual(result.ignoredChoices, [
      { proposerId: 'p1', receiverId: 'gone', choiceRank: 1, why: 'unknown' },
      { proposerId: 'p1', receiverId: 'full', choiceRank: 3, why: 'duplicate' },
    ]);
    assert.equal(result.stats.proposals, 2);
  });
});

describe('stableMatch explains every unmatched proposer and unfilled receiver', () => {
  const result = stableMatch({
    seed: 'run',
    proposers: [
      { id: 'a-nothing', choices: [] },
      { id: 'b-gone', choices: ['gone', 'gone'] },
      { id: 'c-unranked', choices: ['picky', 'gone'] },
      { id: 'd-star', choices: ['picky', 'popular'] },
      { id: 'e-second', choices: ['popular', 'picky'] },
      { id: 'f-third', choices: ['popular'] },
      { id: 'g-loyal', choices: ['quiet'] },
    ],
    receivers: [
      receiver('picky', 2, ['d-star', 'e-second']),
      receiver('popular', 1, ['e-second', 'd-star', 'f-third']),
      receiver('quiet', 3, [], true),
      receiver('nobody-chose', 1, [], true),
    ],
  });

  it('says why each proposer has no place, the most telling reason first', () => {
    assert.deepEqual(
      result.unmatched.map(({ proposerId, reason }) => ({ proposerId, reason })),
      [
        { proposerId: 'a-nothing', reason: 'no-choices' },
        { proposerId: 'b-gone', reason: 'choices-unknown' },
        { proposerId: 'c-unranked', reason: 'not-acceptable' },
        { proposerId: 'f-third', reason: 'outranked' },
      ],
    );
    for (const { explanation } of result.unmatched) {
      assert.match(explanation.ru, /[а-я]/);
      assert.match(explanation.en, /^[\x20-\x7e]+$/);
    }
  });

  it('says why each receiver has seats left', () => {
    assert.deepEqual(
      result.unfilled.map(({ receiverId, seatsLeft, reason, chosenBy, seated, notAcceptable, matchedElsewhere }) => ({
        receiverId,
        seatsLeft,
        reason,
        chosenBy,
        seated,
        notAcceptable,
        matchedElsewhere,
      })),
      [
        { receiverId: 'nobody-chose', seatsLeft: 1, reason: 'not-chosen', chosenBy: 0, seated: 0, notAcceptable: 0, matchedElsewhere: 0 },
        // picky: d-star is seated; c-unranked was turned away; e-second got popular, which it preferred.
        {
          receiverId: 'picky',
          seatsLeft: 1,
          reason: 'candidates-not-acceptable',
          chosenBy: 3,
          seated: 1,
          notAcceptable: 1,
          matchedElsewhere: 1,
        },
        { receiverId: 'quiet', seatsLeft: 2, reason: 'chosen-by-too-few', chosenBy: 1, seated: 1, notAcceptable: 0, matchedElsewhere: 0 },
      ],
    );
    assert.equal(
      result.unfilled[1]?.explanation.en,
      'Places left: 1 of 2. It takes only candidates it ranked, and turned away some who chose it (turned away: 1; chose it: 3).',
    );
    assert.equal(result.unfilled[1]?.explanation.ru.startsWith('Свободных мест: 1 из 2.'), true);
  });

  it('puts candidates matched elsewhere before too few when nobody was turned away', () => {
    const elsewhere = stableMatch({
      seed: 'run',
      proposers: [
        { id: 'p1', choices: ['first', 'second'] },
        { id: 'p2', choices: ['second'] },
      ],
      receivers: [receiver('first', 1, [], true), receiver('second', 3, [], true)],
    });
    assert.deepEqual(
      elsewhere.unfilled.map(({ receiverId, reason }) => ({ receiverId, reason })),
      [{ receiverId: 'second', reason: 'candidates-matched-elsewhere' }],
    );
    assert.match(elsewhere.unfilled[0]?.explanation.en ?? '', /placed elsewhere: 1; chose it: 2/);
  });
});

describe('stableMatch refuses an input it cannot read unambiguously', () => {
  const proposers = [{ id: 'p1', choices: ['h1'] }];
  for (const [what, input, message] of [
    ['a proposer listed twice', { proposers: [...proposers, ...proposers], receivers: [], seed: 's' }, /Proposer p1 is listed twice/],
    [
      'a receiver listed twice',
      { proposers, receivers: [receiver('h1', 1, []), receiver('h1', 2, [])], seed: 's' },
      /Receiver h1 is listed twice/,
    ],
    ['a negative capacity', { proposers, receivers: [receiver('h1', -1, [])], seed: 's' }, /Capacity of receiver h1/],
    ['a fractional capacity', { proposers, receivers: [receiver('h1', 1.5, [])], seed: 's' }, /Capacity of receiver h1/],
    ['a capacity that is not a number', { proposers, receivers: [receiver('h1', Number.NaN, [])], seed: 's' }, /Capacity of receiver h1/],
  ] as const) {
    it(`throws on ${what}`, () => {
      assert.throws(() => stableMatch(input), message);
    });
  }
});
