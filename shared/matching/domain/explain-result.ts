import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { type DeferredAcceptance, PROPOSAL } from './defer-acceptance.ts';
import type { PreparedMatch } from './prepare-match.ts';
import type {
  ChoiceOutcome,
  IgnoredChoice,
  MatchAssignment,
  MatchResult,
  UnfilledReceiver,
  UnfilledReason,
  UnmatchedProposer,
  UnmatchedReason,
} from './stable-match.ts';

/**
 * Worded for the applicant (or mentee) left without a place, in neutral terms ("option", "place")
 * since internships and mentoring share the engine.
 */
const NO_CHOICES: LocalisedText = {
  ru: 'Вы не выбрали ни одного варианта, поэтому подобрать вам место было не из чего.',
  en: 'You did not choose any option, so there was nothing to match you with.',
};
const CHOICES_UNKNOWN: LocalisedText = {
  ru: 'Ни один из выбранных вами вариантов не участвует в этом распределении (возможно, их сняли).',
  en: 'None of the options you chose takes part in this matching (they may have been withdrawn).',
};
const OUTRANKED: LocalisedText = {
  ru: 'Все выбранные вами варианты, которые могли вас принять, отдали свои места кандидатам, которых поставили выше вас.',
  en: 'Every option you chose that could take you gave all its places to candidates it ranked above you.',
};
const NOT_RANKED: LocalisedText = {
  ru: 'Выбранные вами варианты принимают только кандидатов из своего списка, а вас в нём нет.',
  en: 'The options you chose take only candidates they ranked themselves, and you were not among them.',
};
const NO_SEATS: LocalisedText = {
  ru: 'У выбранных вами вариантов не было мест в этом распределении.',
  en: 'The options you chose had no places in this matching.',
};
const NOT_RANKED_OR_NO_SEATS: LocalisedText = {
  ru: 'Выбранные вами варианты либо принимают только кандидатов из своего списка, а вас в нём нет, либо не имели мест.',
  en: 'The options you chose either take only candidates they ranked themselves, and you were not among them, or had no places.',
};

interface UnfilledCounts {
  readonly seatsLeft: number;
  readonly capacity: number;
  readonly chosenBy: number;
  readonly notAcceptable: number;
  readonly matchedElsewhere: number;
}

/** Worded for staff and hosts; "label: number" so that neither language needs plural forms. */
const unfilledExplanation = (reason: UnfilledReason, counts: UnfilledCounts): LocalisedText => {
  const { seatsLeft, capacity, chosenBy, notAcceptable, matchedElsewhere } = counts;
  const because: Record<UnfilledReason, LocalisedText> = {
    'not-chosen': { ru: 'Этот вариант никто не выбрал.', en: 'Nobody chose this option.' },
    'chosen-by-too-few': {
      ru: `Все, кто его выбрал, получили здесь место, но их меньше, чем мест (выбрали: ${chosenBy}).`,
      en: `Everyone who chose it got a place here, and they are fewer than its places (chose it: ${chosenBy}).`,
    },
    'candidates-not-acceptable': {
      ru: `Он принимает только кандидатов из своего списка и не принял часть выбравших его (не принято: ${notAcceptable}; выбрали: ${chosenBy}).`,
      en: `It takes only candidates it ranked, and turned away some who chose it (turned away: ${notAcceptable}; chose it: ${chosenBy}).`,
    },
    'candidates-matched-elsewhere': {
      ru: `Часть выбравших его получили вариант, который поставили выше (получили другое место: ${matchedElsewhere}; выбрали: ${chosenBy}).`,
      en: `Some who chose it got an option they preferred (placed elsewhere: ${matchedElsewhere}; chose it: ${chosenBy}).`,
    },
  };
  return {
    ru: `Свободных мест: ${seatsLeft} из ${capacity}. ${because[reason].ru}`,
    en: `Places left: ${seatsLeft} of ${capacity}. ${because[reason].en}`,
  };
};

const OUTCOME_NAMES = {
  [PROPOSAL.notAcceptable]: 'not-acceptable',
  [PROPOSAL.noSeats]: 'no-seats',
  [PROPOSAL.outranked]: 'outranked',
} as const satisfies Record<number, ChoiceOutcome['outcome']>;

/** An unmatched proposer's reason, by the precedence documented on UnmatchedProposer. */
const unmatchedProposer = (
  prepared: PreparedMatch,
  outcome: Uint8Array,
  proposer: number,
  ignored: readonly IgnoredChoice[],
): UnmatchedProposer => {
  const { proposers, receivers, choiceStart, choiceReceiver, choiceRank } = prepared;
  const proposerId = proposers[proposer]?.id ?? '';
  const choices: ChoiceOutcome[] = ignored.map(({ receiverId, choiceRank, why }) => ({ receiverId, choiceRank, outcome: why }));
  for (let choice = choiceStart[proposer] ?? 0; choice < (choiceStart[proposer + 1] ?? 0); choice += 1) {
    const proposal = outcome[choice] as keyof typeof OUTCOME_NAMES;
    choices.push({
      receiverId: receivers[choiceReceiver[choice] ?? 0]?.id ?? '',
      choiceRank: choiceRank[choice] ?? 0,
      outcome: OUTCOME_NAMES[proposal],
    });
  }
  choices.sort((left, right) => left.choiceRank - right.choiceRank);
  const some = (name: ChoiceOutcome['outcome']): boolean => choices.some((choice) => choice.outcome === name);
  const [reason, explanation]: [UnmatchedReason, LocalisedText] =
    choices.length === 0
      ? ['no-choices', NO_CHOICES]
      : choices.every((choice) => choice.outcome === 'unknown' || choice.outcome === 'duplicate')
        ? ['choices-unknown', CHOICES_UNKNOWN]
        : some('outranked')
          ? ['outranked', OUTRANKED]
          : ['not-acceptable', some('no-seats') ? (some('not-acceptable') ? NOT_RANKED_OR_NO_SEATS : NO_SEATS) : NOT_RANKED];
  return { proposerId, reason, explanation, choices };
};

/** Who chose each receiver and what became of them, and from that each unfilled receiver's reason. */
const unfilledReceivers = (prepared: PreparedMatch, accepted: DeferredAcceptance): UnfilledReceiver[] => {
  const { proposers, receivers, choiceStart, choiceReceiver } = prepared;
  const chosenBy = new Int32Array(receivers.length);
  const seated = new Int32Array(receivers.length);
  const notAcceptable = new Int32Array(receivers.length);
  const matchedElsewhere = new Int32Array(receivers.length);
  for (let proposer = 0; proposer < proposers.length; proposer += 1) {
    const held = accepted.heldChoice[proposer] ?? -1;
    for (let choice = choiceStart[proposer] ?? 0; choice < (choiceStart[proposer + 1] ?? 0); choice += 1) {
      const receiver = choiceReceiver[choice] ?? 0;
      chosenBy[receiver] = (chosenBy[receiver] ?? 0) + 1;
      if (choice === held) seated[receiver] = (seated[receiver] ?? 0) + 1;
      else if (held >= 0 && choice > held) matchedElsewhere[receiver] = (matchedElsewhere[receiver] ?? 0) + 1;
      else if (accepted.outcome[choice] === PROPOSAL.notAcceptable) notAcceptable[receiver] = (notAcceptable[receiver] ?? 0) + 1;
    }
  }
  const unfilled: UnfilledReceiver[] = [];
  for (const [receiver, { id, capacity }] of receivers.entries()) {
    const counts = {
      receiverId: id,
      seatsLeft: capacity - (seated[receiver] ?? 0),
      capacity,
      chosenBy: chosenBy[receiver] ?? 0,
      seated: seated[receiver] ?? 0,
      notAcceptable: notAcceptable[receiver] ?? 0,
      matchedElsewhere: matchedElsewhere[receiver] ?? 0,
    };
    if (counts.seatsLeft === 0) continue;
    const reason: UnfilledReason =
      counts.chosenBy === 0
        ? 'not-chosen'
        : counts.notAcceptable > 0
          ? 'candidates-not-acceptable'
          : counts.matchedElsewhere > 0
            ? 'candidates-matched-elsewhere'
            : 'chosen-by-too-few';
    unfilled.push({ ...counts, reason, explanation: unfilledExplanation(reason, counts) });
  }
  return unfilled;
};

/** The run's result in ids, with every unmatched proposer and unfilled receiver explained. */
export const explainResult = (prepared: PreparedMatch, accepted: DeferredAcceptance): MatchResult => {
  const { proposers, receivers, choiceReceiver, choiceRank, ignoredChoices } = prepared;
  const ignoredBy = new Map<string, IgnoredChoice[]>();
  for (const choice of ignoredChoices) {
    const list = ignoredBy.get(choice.proposerId);
    if (list === undefined) ignoredBy.set(choice.proposerId, [choice]);
    else list.push(choice);
  }
  const assignments: MatchAssignment[] = [];
  const unmatched: UnmatchedProposer[] = [];
  for (const [proposer, { id }] of proposers.entries()) {
    const held = accepted.heldChoice[proposer] ?? -1;
    if (held >= 0) {
      assignments.push({ proposerId: id, receiverId: receivers[choiceReceiver[held] ?? 0]?.id ?? '', choiceRank: choiceRank[held] ?? 0 });
    } else {
      unmatched.push(unmatchedProposer(prepared, accepted.outcome, proposer, ignoredBy.get(id) ?? []));
    }
  }
  return {
    assignments,
    unmatched,
    unfilled: unfilledReceivers(prepared, accepted),
    ignoredChoices,
    stats: { proposals: accepted.proposals, rounds: accepted.rounds },
  };
};
