import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { chunkLines } from '../../../shared/internships/domain/matching/chunk-lines.ts';
import { matchingRunIdFor, placementIdFor } from '../../../shared/internships/domain/matching/matching-run-id.ts';
import { runMatch } from '../../../shared/internships/domain/matching/run-match.ts';
import type {
  MatchingApplicant,
  MatchingOffer,
  UnfilledOffer,
  UnmatchedApplicant,
} from '../../../shared/internships/matching-outcome-schema.ts';

const applicant = (choices: readonly string[]): MatchingApplicant => ({
  applicationId: randomUUID(),
  applicantId: randomUUID(),
  choices: [...choices],
});
const offer = (offerId: string, seatsLeft: number, ranking: readonly string[] = [], acceptsUnranked = true): MatchingOffer => ({
  offerId,
  hostOrganisation: 'minek',
  seatsLeft,
  ranking: [...ranking],
  acceptsUnranked,
});

describe('a run’s match (the engine wired to the run’s inputs and chunks)', () => {
  it('places applicants on the offers they ranked up to the seats left, naming each host, and explains the rest', () => {
    const [first, second, third] = [applicant(['strategy']), applicant(['strategy', 'digital']), applicant([])];
    const result = runMatch(
      'run-1',
      [first, second, third].filter((a) => a !== undefined),
      [offer('strategy', 1, [second?.applicationId ?? ''], false), offer('digital', 2)],
    );
    assert.deepEqual(
      result.assignments.map((line) => [line.applicationId, line.offerId, line.choiceRank, line.hostOrganisation, line.applicantId]),
      [[second?.applicationId, 'strategy', 1, 'minek', second?.applicantId]],
    );
    assert.deepEqual(result.figures, {
      matched: 1,
      firstChoice: 1,
      proposals: result.figures.proposals,
      unmatched: 2,
      unmatchedReasons: { 'not-acceptable': 1, 'no-choices': 1 },
      unfilledOffers: 1,
      unfilledSeats: 2,
      unfilledReasons: { 'candidates-matched-elsewhere': 1 },
    });
    assert.deepEqual(result.assigned.flat(), result.assignments);
    const digital = result.unfilled.flat()[0] as UnfilledOffer | undefined;
    assert.deepEqual([digital?.offerId, digital?.seats, digital?.seatsLeft, digital?.chosenBy], ['digital', 2, 2, 1]);
  });

  it('gives the same result for the same run, whatever the order of its inputs', () => {
    const people = Array.from({ length: 40 }, (_, index) => applicant(index % 2 === 0 ? ['a', 'b'] : ['b', 'a']));
    const offers = [offer('a', 7), offer('b', 9)];
    const once = runMatch('run-x', people, offers);
    const again = runMatch('run-x', [...people].reverse(), [...offers].reverse());
    assert.deepEqual(again.assigned, once.assigned);
    assert.deepEqual(again.unmatched, once.unmatched);
  });

  it('places candidates a host did not rank by their score on the stage’s rubric, best first and the unscored last, whatever the seed', () => {
    const scored = (score: number | undefined): MatchingApplicant => ({
      ...applicant(['digital']),
      ...(score === undefined ? {} : { score }),
    });
    const [unscored, low, high, middle] = [scored(undefined), scored(6.5), scored(9), scored(7.25)];
    const people = [unscored, low, high, middle].filter((person) => person !== undefined);
    for (const runId of ['run-a', 'run-b', 'run-c', 'run-d', 'run-e']) {
      const placed = (seats: number) =>
        runMatch(runId, people, [offer('digital', seats)])
          .assignments.map((line) => line.applicationId)
          .sort();
      assert.deepEqual(placed(1), [high?.applicationId], runId);
      assert.deepEqual(placed(2), [high?.applicationId, middle?.applicationId].sort(), runId);
      assert.deepEqual(placed(3), [high?.applicationId, middle?.applicationId, low?.applicationId].sort(), runId);
    }
    // The host's own ranking still comes first: a candidate it ranked beats a better score it did not.
    const ranked = runMatch('run-a', people, [offer('digital', 1, [unscored?.applicationId ?? ''])]);
    assert.deepEqual(
      ranked.assignments.map((line) => line.applicationId),
      [unscored?.applicationId],
    );
  });

  it('breaks ties of equal scores by the run’s seed, as it does for the unscored', () => {
    const people = Array.from({ length: 12 }, () => ({ ...applicant(['digital']), score: 8 }));
    const winners = new Set(
      ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((runId) => runMatch(runId, people, [offer('digital', 1)]).assignments[0]?.applicationId),
    );
    assert.ok(winners.size > 1, 'the seed, not the input order, decides between equals');
    assert.deepEqual(
      runMatch('r1', [...people].reverse(), [offer('digital', 1)]).assignments,
      runMatch('r1', people, [offer('digital', 1)]).assignments,
    );
  });

  it('skips the offers an applicant declined or let expire earlier, keeping the ranks they gave, and says why it placed them nowhere', () => {
    const moved = { ...applicant(['strategy', 'digital']), declined: ['strategy'] };
    const stuck = { ...applicant(['strategy']), declined: ['strategy'] };
    const partly = { ...applicant(['strategy', 'archive']), declined: ['strategy'] };
    const result = runMatch('run-2', [moved, stuck, partly], [offer('strategy', 3), offer('digital', 3), offer('archive', 1, [], false)]);
    assert.deepEqual(
      result.assignments.map((line) => [line.applicationId, line.offerId, line.choiceRank]),
      [[moved.applicationId, 'digital', 2]],
    );
    assert.equal(result.figures.firstChoice, 0);
    const why = new Map((result.unmatched.flat() as UnmatchedApplicant[]).map((line) => [line.applicationId, line]));
    assert.equal(why.get(stuck.applicationId)?.reason, 'declined-earlier');
    assert.match(why.get(stuck.applicationId)?.explanation.ru ?? '', /отклонили/);
    assert.deepEqual(why.get(stuck.applicationId)?.choices, [{ offerId: 'strategy', choiceRank: 1, outcome: 'declined-earlier' }]);
    assert.equal(why.get(partly.applicationId)?.reason, 'not-acceptable');
    assert.deepEqual(why.get(partly.applicationId)?.choices, [
      { offerId: 'strategy', choiceRank: 1, outcome: 'declined-earlier' },
      { offerId: 'archive', choiceRank: 2, outcome: 'not-acceptable' },
    ]);
    assert.deepEqual(result.figures.unmatchedReasons, { 'declined-earlier': 1, 'not-acceptable': 1 });
  });

  it('keeps its report in chunks of at most 200 assignments and 100 explanations', () => {
    const people = Array.from({ length: 450 }, () => applicant(['a']));
    const result = runMatch('run-big', people, [offer('a', 250)]);
    assert.deepEqual(
      result.assigned.map((chunk) => chunk.length),
      [200, 50],
    );
    assert.deepEqual(
      result.unmatched.map((chunk) => chunk.length),
      [100, 100],
    );
  });
});

describe('chunks and ids', () => {
  it('cut lines by count and by weight, in order', () => {
    assert.deepEqual(chunkLines([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    const heavy = ['x'.repeat(600), 'y'.repeat(600), 'z'];
    assert.deepEqual(
      chunkLines(heavy, 10, 1000).map((chunk) => chunk.length),
      [1, 2],
    );
    assert.deepEqual(chunkLines([], 3), []);
  });

  it('name a run by its season and key, a placement by its run and application, stably', () => {
    assert.equal(matchingRunIdFor('s', 'k'), matchingRunIdFor('s', 'k'));
    assert.notEqual(matchingRunIdFor('s', 'k'), matchingRunIdFor('s2', 'k'));
    assert.match(placementIdFor('run', 'app'), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(placementIdFor('run', 'app'), placementIdFor('run-2', 'app'));
  });
});
