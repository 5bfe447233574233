import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { type MatchInput, type MatchResult, stableMatch } from '../../../shared/matching/domain/stable-match.ts';
import { allStableMatchings, blockingPairs, oracleOf } from './matching-oracle.ts';

const PROPOSER_IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
const RECEIVER_IDS = ['r0', 'r1', 'r2', 'r3'];

/** A generated run; 'gone' and 'nobody' are ids of no receiver and no proposer, as a withdrawn offer or candidate. */
const inputArb = (sizes: {
  readonly proposers: number;
  readonly receivers: number;
  readonly capacity: number;
}): fc.Arbitrary<MatchInput> => {
  const proposerIds = PROPOSER_IDS.slice(0, sizes.proposers);
  const receiverIds = RECEIVER_IDS.slice(0, sizes.receivers);
  return fc.record({
    proposers: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...proposerIds), choices: fc.array(fc.constantFrom(...receiverIds, 'gone'), { maxLength: 5 }) }),
      { maxLength: proposerIds.length, selector: (proposer) => proposer.id },
    ),
    receivers: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...receiverIds),
        capacity: fc.integer({ min: 0, max: sizes.capacity }),
        ranking: fc.array(fc.constantFrom(...proposerIds, 'nobody'), { maxLength: proposerIds.length + 1 }),
        acceptsUnranked: fc.boolean(),
      }),
      { maxLength: receiverIds.length, selector: (receiver) => receiver.id },
    ),
    fallbackOrder: fc.option(fc.array(fc.constantFrom(...proposerIds, 'nobody'), { maxLength: proposerIds.length }), { nil: undefined }),
    seed: fc.string({ maxLength: 6 }),
  });
};

const SMALL = inputArb({ proposers: 8, receivers: 4, capacity: 3 });
/** Small enough to enumerate every matching: ≤ 5 proposers, ≤ 3 receivers. */
const TINY = inputArb({ proposers: 5, receivers: 3, capacity: 2 });

const matchingOf = (result: MatchResult): Map<string, string> =>
  new Map(result.assignments.map((assignment) => [assignment.proposerId, assignment.receiverId]));

const isSortedBy = <T>(items: readonly T[], key: (item: T) => string): boolean =>
  items.every((item, at) => at === 0 || key(items[at - 1] as T) < key(item));

describe('stableMatch, for any input', () => {
  it('places each proposer at most once, on its own list, with a receiver that takes it, within capacity', () => {
    fc.assert(
      fc.property(SMALL, (input) => {
        const result = stableMatch(input);
        const oracle = oracleOf(input);
        const everyone = [...result.assignments.map((a) => a.proposerId), ...result.unmatched.map((u) => u.proposerId)].sort();
        assert.deepEqual(everyone, input.proposers.map((proposer) => proposer.id).sort());
        assert.ok(isSortedBy(result.assignments, (a) => a.proposerId));
        assert.ok(isSortedBy(result.unmatched, (u) => u.proposerId));
        assert.ok(isSortedBy(result.unfilled, (u) => u.receiverId));
        for (const { proposerId, receiverId, choiceRank } of result.assignments) {
          assert.equal(oracle.choicePosition(proposerId, receiverId) + 1, choiceRank, `${proposerId} → ${receiverId}`);
          assert.ok(oracle.acceptable(receiverId, proposerId), `${receiverId} takes ${proposerId}`);
        }
        for (const receiver of input.receivers) {
          const seated = result.assignments.filter((assignment) => assignment.receiverId === receiver.id).length;
          assert.ok(seated <= receiver.capacity, `${receiver.id}: ${seated} seated over ${receiver.capacity}`);
          const unfilled = result.unfilled.find((entry) => entry.receiverId === receiver.id);
          assert.equal(unfilled?.seatsLeft ?? 0, receiver.capacity - seated);
        }
      }),
    );
  });

  it('leaves no blocking pair', () => {
    fc.assert(
      fc.property(SMALL, (input) => {
        assert.deepEqual(blockingPairs(input, matchingOf(stableMatch(input))), []);
      }),
    );
  });

  it('gives the same result for any order of proposers and receivers, and on every rerun', () => {
    const permuted = SMALL.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray([...input.proposers], { minLength: input.proposers.length }),
        fc.shuffledSubarray([...input.receivers], { minLength: input.receivers.length }),
      ),
    );
    fc.assert(
      fc.property(permuted, ([input, proposers, receivers]) => {
        const result = stableMatch(input);
        assert.deepEqual(stableMatch({ ...input, proposers, receivers }), result);
        assert.deepEqual(stableMatch(input), result);
      }),
    );
  });

  it('makes one proposal per choice tried: down each list to the place it got, or to the end', () => {
    fc.assert(
      fc.property(SMALL, (input) => {
        const result = stableMatch(input);
        const receivers = new Set(input.receivers.map((receiver) => receiver.id));
        const placed = matchingOf(result);
        const expected = input.proposers.reduce((total, proposer) => {
          const usable = [...new Set(proposer.choices.filter((choice) => receivers.has(choice)))];
          const got = placed.get(proposer.id);
          return total + (got === undefined ? usable.length : usable.indexOf(got) + 1);
        }, 0);
        assert.equal(result.stats.proposals, expected);
        const ignored = input.proposers.flatMap((proposer) =>
          proposer.choices.flatMap((receiverId, at) =>
            !receivers.has(receiverId)
              ? [{ proposerId: proposer.id, receiverId, choiceRank: at + 1, why: 'unknown' }]
              : proposer.choices.indexOf(receiverId) < at
                ? [{ proposerId: proposer.id, receiverId, choiceRank: at + 1, why: 'duplicate' }]
                : [],
          ),
        );
        assert.deepEqual(
          result.ignoredChoices,
          ignored.sort((left, right) => (left.proposerId < right.proposerId ? -1 : left.proposerId > right.proposerId ? 1 : 0)),
        );
      }),
    );
  });

  it('is the best stable matching for every proposer (against every stable matching of tiny instances)', () => {
    fc.assert(
      fc.property(TINY, (input) => {
        const result = matchingOf(stableMatch(input));
        const oracle = oracleOf(input);
        const stable = allStableMatchings(input);
        const position = (matching: ReadonlyMap<string, string>, proposerId: string): number => {
          const receiverId = matching.get(proposerId);
          return receiverId === undefined ? Number.POSITIVE_INFINITY : oracle.choicePosition(proposerId, receiverId);
        };
        assert.ok(
          stable.some((matching) => matching.size === result.size && [...matching].every(([p, r]) => result.get(p) === r)),
          'the result is one of the stable matchings',
        );
        for (const matching of stable) {
          for (const proposer of input.proposers) assert.ok(position(result, proposer.id) <= position(matching, proposer.id), proposer.id);
          // The rural hospitals theorem: every stable matching places the same proposers.
          assert.deepEqual([...matching.keys()].sort(), [...result.keys()].sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each unmatched proposer the reason its choices show', () => {
    fc.assert(
      fc.property(SMALL, (input) => {
        const result = stableMatch(input);
        const oracle = oracleOf(input);
        const holders = (receiverId: string) => result.assignments.filter((a) => a.receiverId === receiverId).map((a) => a.proposerId);
        for (const { proposerId, reason, explanation, choices } of result.unmatched) {
          const proposer = input.proposers.find((candidate) => candidate.id === proposerId)!;
          const known = [...new Set(proposer.choices)].flatMap((id) => oracle.receiver(id) ?? []);
          const couldTake = known.filter((receiver) => receiver.capacity > 0 && oracle.acceptable(receiver.id, proposerId));
          const expected =
            proposer.choices.length === 0
              ? 'no-choices'
              : known.length === 0
                ? 'choices-unknown'
                : couldTake.length > 0
                  ? 'outranked'
                  : 'not-acceptable';
          assert.equal(reason, expected, proposerId);
          // Outranked: every receiver that would have taken them is full of proposers it prefers.
          for (const receiver of couldTake) {
            const held = holders(receiver.id);
            assert.equal(held.length, receiver.capacity);
            assert.ok(held.every((other) => oracle.prefers(receiver.id, other, proposerId)));
          }
          assert.deepEqual(
            choices?.map((choice) => choice.outcome),
            proposer.choices.map((receiverId, at) => {
              const receiver = oracle.receiver(receiverId);
              if (receiver === undefined) return 'unknown';
              if (proposer.choices.indexOf(receiverId) < at) return 'duplicate';
              if (!oracle.acceptable(receiverId, proposerId)) return 'not-acceptable';
              return receiver.capacity === 0 ? 'no-seats' : 'outranked';
            }),
          );
          assert.ok(explanation.ru.length > 0 && explanation.en.length > 0);
        }
      }),
    );
  });

  it('gives each unfilled receiver the reason its choosers show', () => {
    fc.assert(
      fc.property(SMALL, (input) => {
        const result = stableMatch(input);
        const oracle = oracleOf(input);
        const placed = matchingOf(result);
        for (const unfilled of result.unfilled) {
          const choosers = input.proposers.filter((proposer) => proposer.choices.includes(unfilled.receiverId));
          const seated = choosers.filter((proposer) => placed.get(proposer.id) === unfilled.receiverId);
          const elsewhere = choosers.filter((proposer) => {
            const got = placed.get(proposer.id);
            return got !== undefined && oracle.choicePosition(proposer.id, got) < oracle.choicePosition(proposer.id, unfilled.receiverId);
          });
          const turnedAway = choosers.filter((proposer) => !seated.includes(proposer) && !elsewhere.includes(proposer));
          // A receiver with a seat left never refused anyone it would take.
          assert.ok(turnedAway.every((proposer) => !oracle.acceptable(unfilled.receiverId, proposer.id)));
          assert.deepEqual(
            [unfilled.chosenBy, unfilled.seated, unfilled.matchedElsewhere, unfilled.notAcceptable],
            [choosers.length, seated.length, elsewhere.length, turnedAway.length],
          );
          const expected =
            choosers.length === 0
              ? 'not-chosen'
              : turnedAway.length > 0
                ? 'candidates-not-acceptable'
                : elsewhere.length > 0
                  ? 'candidates-matched-elsewhere'
                  : 'chosen-by-too-few';
          assert.equal(unfilled.reason, expected, unfilled.receiverId);
          assert.ok(unfilled.explanation.en.startsWith(`Places left: ${unfilled.seatsLeft} of ${unfilled.capacity}.`));
        }
      }),
    );
  });
});
