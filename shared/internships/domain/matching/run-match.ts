import { seededHash } from '../../../matching/domain/seeded-hash.ts';
import { stableMatch } from '../../../matching/domain/stable-match.ts';
import { chunkLines } from './chunk-lines.ts';
import { scoreOrder } from './tie-break-rubric.ts';
import type { MatchRecord } from '../../ports/matching-runs.ts';
import {
  CHUNK_LINES,
  type MatchingApplicant,
  type MatchingAssignment,
  type MatchingOffer,
  type UnfilledOffer,
  type UnmatchedApplicant,
} from '../../matching-outcome-schema.ts';

const countBy = <T extends string>(reasons: readonly T[]): Partial<Record<T, number>> => {
  const counts: Partial<Record<T, number>> = {};
  for (const reason of reasons) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
};

/** Why someone whose every ranked offer was refused in an earlier round is left without a place. */
const DECLINED_EARLIER = {
  ru: 'Все стажировки из вашего списка вы уже отклонили или оставили без ответа в прошлом туре, поэтому повторно они не предлагаются. Выберите другие стажировки к следующему туру.',
  en: 'You declined, or did not answer in time, every internship on your list in an earlier round, so they are not offered again. Rank other internships for the next round.',
};

/**
 * A run's match: the applicants propose to the offers they ranked (applicant-proposing deferred
 * acceptance), each offer holding the candidates it prefers up to the seats it has left, by its
 * host's ranking and, where the host takes unranked candidates, after them by the programme's
 * judgement: their score on the rubric that got them into the stage, best first (tie-break-rubric.ts),
 * then the unscored; equal scores, and the unscored among themselves, in the order the run's seed
 * gives. An offer the applicant declined or let expire in an earlier round of the stage is skipped
 * (the applicant's explanation names it, at its place in their ranking, which every rank keeps).
 * The result is the same for the same inputs and run, so a repeated step writes the same chunks. Returned as the run records it: its assignments, unmatched applicants and unfilled
 * offers in chunks, and its figures.
 */
export const runMatch = (
  runId: string,
  applicants: readonly MatchingApplicant[],
  offers: readonly MatchingOffer[],
): Omit<MatchRecord, 'phase'> & { readonly assignments: readonly MatchingAssignment[] } => {
  const skipped = new Map(applicants.map((applicant) => [applicant.applicationId, new Set(applicant.declined ?? [])]));
  const result = stableMatch({
    proposers: applicants.map((applicant) => ({
      id: applicant.applicationId,
      choices: applicant.choices.filter((offerId) => skipped.get(applicant.applicationId)?.has(offerId) !== true),
    })),
    receivers: offers.map((offer) => ({
      id: offer.offerId,
      capacity: offer.seatsLeft,
      ranking: offer.ranking,
      acceptsUnranked: offer.acceptsUnranked,
    })),
    fallbackOrder: scoreOrder(applicants, (applicationId) => seededHash(runId, applicationId)),
    seed: runId,
  });
  const applicantOf = new Map(applicants.map((applicant) => [applicant.applicationId, applicant]));
  const offerOf = new Map(offers.map((offer) => [offer.offerId, offer]));
  // The engine numbers the choices it was given; the applicant's own ranking, skipped ones included, is what they know.
  const rankOf = (applicationId: string, offerId: string, engineRank: number): number => {
    const at = applicantOf.get(applicationId)?.choices.indexOf(offerId) ?? -1;
    return at < 0 ? engineRank : at + 1;
  };
  const assignments: MatchingAssignment[] = result.assignments.map((assignment) => ({
    applicationId: assignment.proposerId,
    applicantId: applicantOf.get(assignment.proposerId)?.applicantId ?? '',
    offerId: assignment.receiverId,
    hostOrganisation: offerOf.get(assignment.receiverId)?.hostOrganisation ?? '',
    choiceRank: rankOf(assignment.proposerId, assignment.receiverId, assignment.choiceRank),
  }));
  const unmatched: UnmatchedApplicant[] = result.unmatched.map((line) => {
    const declined = applicantOf.get(line.proposerId)?.declined ?? [];
    const choices = [
      ...(line.choices ?? []).map((choice) => ({
        offerId: choice.receiverId,
        choiceRank: rankOf(line.proposerId, choice.receiverId, choice.choiceRank),
        outcome: choice.outcome,
      })),
      ...declined.map((offerId) => ({ offerId, choiceRank: rankOf(line.proposerId, offerId, 1), outcome: 'declined-earlier' as const })),
    ].sort((left, right) => left.choiceRank - right.choiceRank);
    return {
      applicationId: line.proposerId,
      ...(line.reason === 'no-choices' && declined.length > 0
        ? { reason: 'declined-earlier' as const, explanation: DECLINED_EARLIER }
        : { reason: line.reason, explanation: line.explanation }),
      choices,
    };
  });
  const unfilled: UnfilledOffer[] = result.unfilled.map((line) => ({
    offerId: line.receiverId,
    seatsLeft: line.seatsLeft,
    reason: line.reason,
    explanation: line.explanation,
    seats: line.capacity ?? offerOf.get(line.receiverId)?.seatsLeft ?? line.seatsLeft,
    chosenBy: line.chosenBy ?? 0,
    seated: line.seated ?? 0,
    notAcceptable: line.notAcceptable ?? 0,
    matchedElsewhere: line.matchedElsewhere ?? 0,
  }));
  return {
    assignments,
    assigned: chunkLines(assignments, CHUNK_LINES.assigned),
    unmatched: chunkLines(unmatched, CHUNK_LINES.unmatched),
    unfilled: chunkLines(unfilled, CHUNK_LINES.unfilled),
    figures: {
      matched: assignments.length,
      firstChoice: assignments.filter((assignment) => assignment.choiceRank === 1).length,
      proposals: result.stats.proposals,
      unmatched: unmatched.length,
      unmatchedReasons: countBy(unmatched.map((line) => line.reason)),
      unfilledOffers: unfilled.length,
      unfilledSeats: unfilled.reduce((total, line) => total + line.seatsLeft, 0),
      unfilledReasons: countBy(unfilled.map((line) => line.reason)),
    },
  };
};
