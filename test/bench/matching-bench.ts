import { type MatchInput, type MatchReceiver, type MatchResult, stableMatch } from '../../shared/matching/domain/stable-match.ts';

/** The yardstick: an internship stage of 10,000 applicants choosing among 1,000 offers. */
export const MATCHING_RUN = { proposers: 10_000, receivers: 1_000, choices: 10, minSeats: 5, maxSeats: 15, runs: 5 } as const;

/** mulberry32: a small seeded generator, so every bench run matches the same stage. */
const randomFrom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const offerId = (index: number): string => `offer-${String(index).padStart(4, '0')}`;
const applicantId = (index: number): string => `applicant-${String(index).padStart(5, '0')}`;

/**
 * A stage as it might look: offers' popularity falls off as a power law (the tenth most popular
 * is chosen about a third as often as the first), each applicant picks 10 distinct offers in
 * roughly that order; an interview score ranks every applicant (the fallback order); each host
 * ranks up to twice its seats among those who chose it, mostly by score with some taste of its
 * own, and four hosts in five also take unranked applicants.
 */
export const matchingStage = (): MatchInput => {
  const random = randomFrom(20_240_601);
  const weights = Array.from({ length: MATCHING_RUN.receivers }, (_, rank) => 1 / (rank + 1) ** 0.5);
  const cumulative: number[] = [];
  weights.reduce((total, weight) => {
    cumulative.push(total + weight);
    return total + weight;
  }, 0);
  const total = cumulative.at(-1) ?? 1;
  const popularOffer = (): number => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const choosers: number[][] = Array.from({ length: MATCHING_RUN.receivers }, () => []);
  const proposers = Array.from({ length: MATCHING_RUN.proposers }, (_, applicant) => {
    const chosen: number[] = [];
    while (chosen.length < MATCHING_RUN.choices) {
      const offer = popularOffer();
      if (!chosen.includes(offer)) chosen.push(offer);
    }
    for (const offer of chosen) choosers[offer]?.push(applicant);
    return { id: applicantId(applicant), choices: chosen.map(offerId) };
  });

  const score = Array.from({ length: MATCHING_RUN.proposers }, () => random());
  const fallbackOrder = Array.from({ length: MATCHING_RUN.proposers }, (_, applicant) => applicant)
    .sort((left, right) => (score[right] ?? 0) - (score[left] ?? 0))
    .map(applicantId);
  const receivers = choosers.map((applicants, offer): MatchReceiver => {
    const capacity = MATCHING_RUN.minSeats + Math.floor(random() * (MATCHING_RUN.maxSeats - MATCHING_RUN.minSeats + 1));
    const taste = new Map(applicants.map((applicant) => [applicant, (score[applicant] ?? 0) + random() * 0.3]));
    const ranking = [...applicants]
      .sort((left, right) => (taste.get(right) ?? 0) - (taste.get(left) ?? 0))
      .slice(0, 2 * capacity)
      .map(applicantId);
    return { id: offerId(offer), capacity, ranking, acceptsUnranked: random() < 0.8 };
  });
  return { proposers, receivers, fallbackOrder, seed: 'bench-matching-run' };
};

export interface MatchingMeasurement {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly seats: number;
  readonly result: MatchResult;
}

/** stableMatch on the stage, timed over MATCHING_RUN.runs runs after one untimed warm-up. */
export const benchMatching = (): MatchingMeasurement => {
  const input = matchingStage();
  let result = stableMatch(input);
  const times: number[] = [];
  for (let run = 0; run < MATCHING_RUN.runs; run += 1) {
    const started = performance.now();
    result = stableMatch(input);
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    minMs: times[0] ?? 0,
    maxMs: times.at(-1) ?? 0,
    seats: input.receivers.reduce((sum, receiver) => sum + receiver.capacity, 0),
    result,
  };
};

const tally = <T>(items: readonly T[], key: (item: T) => string, count: (item: T) => number = () => 1): Record<string, number> => {
  const totals: Record<string, number> = {};
  for (const item of items) totals[key(item)] = (totals[key(item)] ?? 0) + count(item);
  return totals;
};

export const printMatchingReport = ({ medianMs, minMs, maxMs, seats, result }: MatchingMeasurement): void => {
  const { assignments, unmatched, unfilled, stats } = result;
  const share = (count: number): string => `${((100 * count) / MATCHING_RUN.proposers).toFixed(1)}%`;
  const firstChoice = assignments.filter((assignment) => assignment.choiceRank === 1).length;
  const topThree = assignments.filter((assignment) => assignment.choiceRank <= 3).length;
  const seatsLeft = unfilled.reduce((sum, receiver) => sum + receiver.seatsLeft, 0);
  console.log(
    [
      `\nStable matching (shared/matching, applicant-proposing deferred acceptance): ${MATCHING_RUN.proposers.toLocaleString('en')} applicants × ${MATCHING_RUN.receivers.toLocaleString('en')} offers (${MATCHING_RUN.minSeats}–${MATCHING_RUN.maxSeats} seats each, ${seats.toLocaleString('en')} in all), ${MATCHING_RUN.choices} choices each, popularity skewed`,
      `  stableMatch: ${medianMs.toFixed(0)} ms median of ${MATCHING_RUN.runs} (${minMs.toFixed(0)}–${maxMs.toFixed(0)} ms); ${stats.proposals.toLocaleString('en')} proposals in ${stats.rounds ?? '?'} rounds`,
      `  matched: ${assignments.length.toLocaleString('en')} (${share(assignments.length)}; first choice ${share(firstChoice)}, top three ${share(topThree)})`,
      `  unmatched: ${unmatched.length.toLocaleString('en')} by reason ${JSON.stringify(tally(unmatched, (entry) => entry.reason))}`,
      `  unfilled: ${seatsLeft.toLocaleString('en')} seats at ${unfilled.length} offers; seats by reason ${JSON.stringify(
        tally(
          unfilled,
          (entry) => entry.reason,
          (entry) => entry.seatsLeft,
        ),
      )}`,
    ].join('\n'),
  );
};
