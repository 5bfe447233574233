import { seededHash } from '../../matching/domain/seeded-hash.ts';
import { stableMatch, type UnfilledReason, type UnmatchedReason } from '../../matching/domain/stable-match.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { MentorTier } from '../mentor-pool-schema.ts';

/** A mentee waiting for a mentor, as matching reads them. */
export interface MatchingMentee {
  readonly applicationId: string;
  readonly language: 'ru' | 'en';
  readonly region: string | undefined;
  /** The project's spheres (domain/mentee-spheres.ts); none: any sphere fits. */
  readonly spheres: readonly string[];
  /** The project's score on the programme's ranking rubric; absent: not scored (ranked after every scored one). */
  readonly score: number | undefined;
  /** Mentors who declined this mentee: never proposed again. */
  readonly declinedBy: readonly string[];
}

/** A mentor of the pool with places left this season. */
export interface MatchingMentor {
  readonly mentorId: string;
  readonly tier: MentorTier;
  readonly seatsLeft: number;
  readonly spheres: readonly string[];
  readonly languages: readonly string[];
  readonly region: string | undefined;
}

export interface PlannedPair {
  readonly applicationId: string;
  readonly mentorId: string;
  readonly tier: MentorTier;
  /** Where the mentor stood among the mentee's fitting mentors, 1 = the best fit. */
  readonly choiceRank: number;
}

/** Why a mentee is left: no mentor fits them at all (the engine's `no-choices`), or the engine's other reasons. */
export type LeftReason = Exclude<UnmatchedReason, 'no-choices'> | 'no-fitting-mentor';

export interface MatchingPlan {
  readonly pairs: readonly PlannedPair[];
  readonly unmatched: readonly { readonly applicationId: string; readonly reason: LeftReason; readonly explanation: LocalisedText }[];
  readonly unfilled: readonly {
    readonly mentorId: string;
    readonly tier: MentorTier;
    readonly seatsLeft: number;
    readonly reason: UnfilledReason;
    readonly explanation: LocalisedText;
  }[];
}

/** Worded for staff, who read why a project is left without a mentor. */
const UNMATCHED: Readonly<Record<LeftReason, LocalisedText>> = {
  'no-fitting-mentor': {
    ru: 'В пуле нет наставника с местом, который работает на языке заявки и в сфере проекта (или все такие отказались).',
    en: 'No mentor of the pool with a place left works in the application’s language and the project’s sphere (or each such one declined).',
  },
  'choices-unknown': {
    ru: 'Подходящие наставники больше не в пуле.',
    en: 'The fitting mentors are no longer in the pool.',
  },
  outranked: {
    ru: 'Места всех подходящих наставников заняли проекты с более высокой экспертной оценкой.',
    en: 'Every fitting mentor’s places went to projects with higher evaluation scores.',
  },
  'not-acceptable': {
    ru: 'У подходящих наставников не осталось мест.',
    en: 'The fitting mentors have no places left.',
  },
};

/** How well a mentor fits a project: shared spheres first, then the same region. */
const fitOf = (mentee: MatchingMentee, mentor: MatchingMentor): number =>
  2 * mentee.spheres.filter((sphere) => mentor.spheres.includes(sphere)).length +
  (mentee.region !== undefined && mentee.region === mentor.region ? 1 : 0);

/** A mentor fits a mentee who reads the mentor's language, in a sphere of the project (any, if it names none), who has not declined them. */
const fits = (mentee: MatchingMentee, mentor: MatchingMentor): boolean =>
  mentor.languages.includes(mentee.language) &&
  !mentee.declinedBy.includes(mentor.mentorId) &&
  (mentee.spheres.length === 0 || mentee.spheres.some((sphere) => mentor.spheres.includes(sphere)));

const TIER_ORDER: Readonly<Record<MentorTier, number>> = { main: 0, reserve: 1 };

/**
 * Mentees matched with mentors by the stable matching engine, mentee-proposing: each mentee's
 * choices are the mentors who fit them, the main tier before the reserve (the reserve takes
 * mentees only once the fitting main-tier mentors are full), each tier by fit, ties broken by a
 * seeded hash so equal mentors share the load; each mentor prefers the higher-scored project.
 * The result is stable: no mentee and mentor who fit would both rather have each other.
 */
export const planMatching = (mentees: readonly MatchingMentee[], mentors: readonly MatchingMentor[], seed: string): MatchingPlan => {
  const open = mentors.filter((mentor) => mentor.seatsLeft > 0);
  const byId = new Map(open.map((mentor) => [mentor.mentorId, mentor]));
  const proposers = mentees.map((mentee) => ({
    id: mentee.applicationId,
    choices: open
      .filter((mentor) => fits(mentee, mentor))
      .map((mentor) => ({ mentor, fit: fitOf(mentee, mentor), tie: seededHash(seed, `${mentee.applicationId}:${mentor.mentorId}`) }))
      .sort(
        (a, b) =>
          TIER_ORDER[a.mentor.tier] - TIER_ORDER[b.mentor.tier] ||
          b.fit - a.fit ||
          a.tie - b.tie ||
          a.mentor.mentorId.localeCompare(b.mentor.mentorId),
      )
      .map((choice) => choice.mentor.mentorId),
  }));
  // Every mentor orders projects alike: the best evaluated first; unscored ones after, by the engine's seeded hash.
  const byScore = mentees
    .filter((mentee) => mentee.score !== undefined)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.applicationId.localeCompare(b.applicationId))
    .map((mentee) => mentee.applicationId);
  const result = stableMatch({
    proposers,
    receivers: open.map((mentor) => ({ id: mentor.mentorId, capacity: mentor.seatsLeft, ranking: [], acceptsUnranked: true })),
    fallbackOrder: byScore,
    seed,
  });
  return {
    pairs: result.assignments.map((assignment) => ({
      applicationId: assignment.proposerId,
      mentorId: assignment.receiverId,
      tier: byId.get(assignment.receiverId)?.tier ?? 'main',
      choiceRank: assignment.choiceRank,
    })),
    unmatched: result.unmatched.map((left) => {
      const reason: LeftReason = left.reason === 'no-choices' ? 'no-fitting-mentor' : left.reason;
      return { applicationId: left.proposerId, reason, explanation: UNMATCHED[reason] };
    }),
    unfilled: result.unfilled.map((left) => ({
      mentorId: left.receiverId,
      tier: byId.get(left.receiverId)?.tier ?? 'main',
      seatsLeft: left.seatsLeft,
      reason: left.reason,
      explanation: left.explanation,
    })),
  };
};
