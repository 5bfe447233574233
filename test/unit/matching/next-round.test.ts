import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { remainingCapacity, unmatchedProposers } from '../../../shared/matching/domain/next-round.ts';
import { type MatchReceiver, stableMatch } from '../../../shared/matching/domain/stable-match.ts';

describe('a later round takes the unmatched', () => {
  const receivers: MatchReceiver[] = [
    { id: 'bank', capacity: 2, ranking: ['ann', 'bob', 'cat'], acceptsUnranked: false },
    { id: 'lab', capacity: 1, ranking: ['dan'], acceptsUnranked: true },
    { id: 'mill', capacity: 1, ranking: [], acceptsUnranked: true },
  ];
  const firstRound = [
    { id: 'ann', choices: ['bank'] },
    { id: 'bob', choices: ['bank', 'lab'] },
    { id: 'cat', choices: ['bank'] },
    { id: 'dan', choices: ['lab'] },
    { id: 'eve', choices: [] },
  ];

  it('runs again over the seats left, with the unmatched and their new choices', () => {
    const first = stableMatch({ proposers: firstRound, receivers, seed: 'round-1' });
    assert.deepEqual(
      first.assignments.map((a) => `${a.proposerId} → ${a.receiverId}`),
      ['ann → bank', 'bob → bank', 'dan → lab'],
    );
    const left = unmatchedProposers(firstRound, first);
    assert.deepEqual(
      left.map((proposer) => proposer.id),
      ['cat', 'eve'],
    );

    // Between rounds the unmatched choose again among the offers with seats left.
    const rechosen = { cat: ['bank', 'lab', 'mill'], eve: ['mill'] } as Record<string, string[]>;
    const second = stableMatch({
      proposers: left.map((proposer) => ({ id: proposer.id, choices: rechosen[proposer.id] ?? [] })),
      receivers: remainingCapacity(receivers, first.assignments),
      seed: 'round-2',
    });
    // bank and lab are full: cat's first two choices have no seats, and mill is left for both.
    assert.equal(second.assignments.length, 1);
    const [placed] = second.assignments;
    assert.equal(placed?.receiverId, 'mill');
    assert.equal(placed?.choiceRank, placed?.proposerId === 'cat' ? 3 : 1);
    assert.deepEqual(
      second.unmatched.map((u) => u.reason),
      ['outranked'],
    );
    assert.deepEqual(second.unfilled, []);
  });

  it('counts the seats held against each receiver, never below 0, and keeps everything else', () => {
    const held = [{ receiverId: 'bank' }, { receiverId: 'bank' }, { receiverId: 'bank' }, { receiverId: 'mill' }, { receiverId: 'gone' }];
    assert.deepEqual(remainingCapacity(receivers, held), [
      { ...receivers[0], capacity: 0 },
      { ...receivers[1], capacity: 1 },
      { ...receivers[2], capacity: 0 },
    ]);
  });
});
