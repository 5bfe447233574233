import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { chunkLines } from '../../../shared/internships/domain/matching/chunk-lines.ts';
import { matchingRunIdFor, placementIdFor } from '../../../shared/internships/domain/matching/matching-run-id.ts';
import { runMatch } from '../../../shared/internships/domain/matching/run-match.ts';
import type { MatchingApplicant, MatchingOffer, UnfilledOffer } from '../../../shared/internships/matching-outcome-schema.ts';

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
