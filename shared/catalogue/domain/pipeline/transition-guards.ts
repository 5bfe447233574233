import type { Transition, TransitionGuard } from '../config/pipeline-schema.ts';
import { refuseTransition, type TransitionRefusal } from './transition-refusal.ts';

/**
 * What the guards of a transition read, gathered by the caller before deciding (the domain does
 * no I/O). A fact is `undefined` when nothing asked for it: `guardKindsOf` says which to gather,
 * so a transition without a shortlist guard never reads the shortlist.
 */
export interface GuardFacts {
  readonly track: string | undefined;
  readonly participantRole: string | undefined;
  /** Requirement ids met by a verified document of the application. */
  readonly verifiedDocuments: ReadonlySet<string>;
  /** `not-needed` when the applicant is old enough for the programme's threshold. */
  readonly guardianConsent?: 'given' | 'missing' | 'not-needed' | undefined;
  readonly shortlisted?: boolean | undefined;
  /** Rubric id -> the application's score; absent until the reviews capability exists. */
  readonly rubricScores?: ReadonlyMap<string, number> | undefined;
  /** Whether the application is in a project team of its season (a member or the mentor). */
  readonly inTeam?: boolean | undefined;
}

export type GuardKind = TransitionGuard['kind'];

export const guardKindsOf = (transition: Transition): ReadonlySet<GuardKind> =>
  new Set((transition.guards ?? []).map((guard) => guard.kind));

const check = (
  guard: TransitionGuard,
  facts: GuardFacts,
  names: { readonly document: (id: string) => { ru: string; en: string } },
): TransitionRefusal | undefined => {
  switch (guard.kind) {
    case 'tracks':
      return facts.track !== undefined && guard.tracks.includes(facts.track)
        ? undefined
        : refuseTransition(
            'track-not-admitted',
            `Переход возможен только для треков: ${guard.tracks.join(', ')}.`,
            `The transition is only for the tracks: ${guard.tracks.join(', ')}.`,
          );
    case 'participantRoles':
      return facts.participantRole !== undefined && guard.roles.includes(facts.participantRole)
        ? undefined
        : refuseTransition(
            'participant-role-not-admitted',
            `Переход возможен только для ролей: ${guard.roles.join(', ')}.`,
            `The transition is only for the roles: ${guard.roles.join(', ')}.`,
          );
    case 'documents': {
      const missing = guard.documents.filter((id) => !facts.verifiedDocuments.has(id));
      if (missing.length === 0) return undefined;
      const named = missing.map(names.document);
      return refuseTransition(
        'document-missing',
        `Нет проверенных документов: ${named.map((name) => `«${name.ru}»`).join(', ')}.`,
        `Verified documents missing: ${named.map((name) => `"${name.en}"`).join(', ')}.`,
      );
    }
    case 'guardianConsent':
      if (facts.guardianConsent === undefined) throw new Error('guardianConsent guard evaluated without the guardian-consent fact');
      return facts.guardianConsent === 'missing'
        ? refuseTransition(
            'guardian-consent-missing',
            'Нет согласия родителя или законного представителя.',
            'A parent’s or guardian’s consent is missing.',
          )
        : undefined;
    case 'shortlist':
      if (facts.shortlisted === undefined) throw new Error('shortlist guard evaluated without the shortlist fact');
      return facts.shortlisted
        ? undefined
        : refuseTransition('not-shortlisted', 'Заявка не вошла в шорт-лист.', 'The application is not on the shortlist.');
    case 'team':
      if (facts.inTeam === undefined) throw new Error('team guard evaluated without the team fact');
      return facts.inTeam
        ? undefined
        : refuseTransition(
            'not-in-team',
            'Участник не состоит ни в одной проектной команде сезона.',
            'The participant is not in any project team of the season.',
          );
    case 'rubricScore': {
      const score = facts.rubricScores?.get(guard.rubric);
      // The reviews are not all in: say so rather than treat a missing score as a pass or a 0.
      if (score === undefined) {
        return refuseTransition(
          'rubric-score-unavailable',
          `Оценки по критериям «${guard.rubric}» ещё нет: переход требует не менее ${guard.atLeast} баллов.`,
          `There is no score on the rubric "${guard.rubric}" yet: the transition needs at least ${guard.atLeast}.`,
        );
      }
      return score >= guard.atLeast
        ? undefined
        : refuseTransition(
            'rubric-score-too-low',
            `Оценка ${score} ниже порога ${guard.atLeast}.`,
            `The score ${score} is below the threshold ${guard.atLeast}.`,
          );
    }
  }
};

/** The first guard that does not hold, in the order the programme lists them; undefined when all hold. */
export const checkTransitionGuards = (
  transition: Transition,
  facts: GuardFacts,
  documentName: (requirementId: string) => { ru: string; en: string } = (id) => ({ ru: id, en: id }),
): TransitionRefusal | undefined => {
  for (const guard of transition.guards ?? []) {
    const refusal = check(guard, facts, { document: documentName });
    if (refusal !== undefined) return refusal;
  }
  return undefined;
};
