import type { TRANSITION_ACTORS, TRANSITION_EFFECTS, Pipeline, Transition } from '../config/pipeline-schema.ts';
import { isTerminalKind } from '../config/pipeline-schema.ts';
import { initialStage, stageIndex, stageOf } from './pipeline-stages.ts';
import { checkTransitionGuards, type GuardFacts } from './transition-guards.ts';
import { refuseTransition, type TransitionRefusal } from './transition-refusal.ts';

/**
 * THE place that decides whether an application may move between stages (the domain
 * decides, nothing else moves a stage). Any requested move (`decideRequestedTransition`: staff,
 * experts, partners, mentors, the system) is the pipeline's transition from the current stage to
 * the target that the actor may request and whose guards hold; submitting and withdrawing
 * (`decideTransition`) are the applicant's two moves, whose target the pipeline implies.
 */
export type TransitionActor = (typeof TRANSITION_ACTORS)[number];
export type TransitionEffect = (typeof TRANSITION_EFFECTS)[number];

export type TransitionIntent = 'submit' | 'withdraw';

export interface ApplicationPosition {
  readonly stage: string;
  readonly submittedAt?: string | undefined;
}

export interface AllowedTransition {
  readonly allowed: true;
  readonly from: string;
  readonly to: string;
  readonly transition: Transition;
  /** What follows the move, in the programme's order (run by the transition state machine). */
  readonly effects: readonly TransitionEffect[];
}

export type TransitionDecision = AllowedTransition | TransitionRefusal;

const refuse = refuseTransition;

const allow = (from: string, transition: Transition): AllowedTransition => ({
  allowed: true,
  from,
  to: transition.to,
  transition,
  effects: transition.effects ?? [],
});

const byActor = (transition: Transition, actor: TransitionActor, from: string): boolean =>
  transition.from.includes(from) && transition.by.includes(actor);

const decideSubmission = (pipeline: Pipeline, position: ApplicationPosition, actor: TransitionActor): TransitionDecision => {
  const initial = initialStage(pipeline);
  if (position.submittedAt !== undefined)
    return refuse('already-submitted', 'Заявка уже подана.', 'The application has already been submitted.');
  if (position.stage !== initial.id) return refuse('not-a-draft', 'Заявка уже не черновик.', 'The application is no longer a draft.');
  const transition = pipeline.transitions.find((candidate) => {
    const target = stageOf(pipeline, candidate.to);
    return byActor(candidate, actor, initial.id) && target !== undefined && !isTerminalKind(target.kind);
  });
  if (transition === undefined) {
    return refuse(
      'submission-not-configured',
      'Программа не предусматривает подачу заявки заявителем.',
      'The programme’s pipeline has no submission by the applicant.',
    );
  }
  return allow(initial.id, transition);
};

const decideWithdrawal = (pipeline: Pipeline, position: ApplicationPosition, actor: TransitionActor): TransitionDecision => {
  const current = stageOf(pipeline, position.stage);
  if (current?.kind === 'withdrawn')
    return refuse('already-withdrawn', 'Заявка уже отозвана.', 'The application has already been withdrawn.');
  if (current === undefined || isTerminalKind(current.kind)) {
    return refuse(
      'application-concluded',
      'Участие уже завершено: отзывать нечего.',
      'The application has concluded: there is nothing to withdraw.',
    );
  }
  if (
    pipeline.withdrawalClosesAt !== undefined &&
    stageIndex(pipeline, position.stage) > stageIndex(pipeline, pipeline.withdrawalClosesAt)
  ) {
    return refuse(
      'withdrawal-closed',
      `Отозвать заявку можно только до этапа «${pipeline.withdrawalClosesAt}» включительно.`,
      `An application may be withdrawn only up to the stage "${pipeline.withdrawalClosesAt}" inclusive.`,
    );
  }
  const transition = pipeline.transitions.find(
    (candidate) => byActor(candidate, actor, position.stage) && stageOf(pipeline, candidate.to)?.kind === 'withdrawn',
  );
  if (transition === undefined) {
    return refuse(
      'withdrawal-not-allowed',
      `На этапе «${position.stage}» программа не предусматривает отзыв заявки.`,
      `The programme does not allow withdrawal in the stage "${position.stage}".`,
    );
  }
  return allow(position.stage, transition);
};

export const decideTransition = (
  pipeline: Pipeline,
  position: ApplicationPosition,
  intent: TransitionIntent,
  actor: TransitionActor,
): TransitionDecision => (intent === 'submit' ? decideSubmission(pipeline, position, actor) : decideWithdrawal(pipeline, position, actor));

/**
 * The pipeline's transition from the application's stage to `to` that `actor` may request, before
 * its guards: the caller then gathers the facts the guards read (guardKindsOf) and calls
 * `decideRequestedTransition`. Refusals name what is wrong: an unknown target, a move the
 * pipeline does not have, or one another actor makes.
 */
export const findTransition = (
  pipeline: Pipeline,
  position: ApplicationPosition,
  to: string,
  actor: TransitionActor,
): AllowedTransition | TransitionRefusal => {
  const target = stageOf(pipeline, to);
  if (target === undefined) return refuse('unknown-stage', `В программе нет этапа «${to}».`, `The programme has no stage "${to}".`);
  if (position.stage === to)
    return refuse('already-in-stage', `Заявка уже на этапе «${to}».`, `The application is already in the stage "${to}".`);
  const candidates = pipeline.transitions.filter((candidate) => candidate.from.includes(position.stage) && candidate.to === to);
  if (candidates.length === 0) {
    return refuse(
      'no-such-transition',
      `Программа не предусматривает переход с этапа «${position.stage}» на «${to}».`,
      `The programme has no transition from "${position.stage}" to "${to}".`,
    );
  }
  const transition = candidates.find((candidate) => candidate.by.includes(actor));
  if (transition === undefined) {
    const actors = [...new Set(candidates.flatMap((candidate) => candidate.by))].join(', ');
    return refuse(
      'actor-not-allowed',
      `Переход с «${position.stage}» на «${to}» выполняют: ${actors}.`,
      `The transition from "${position.stage}" to "${to}" is made by: ${actors}.`,
    );
  }
  // Submitting and withdrawing have their own rules (eligibility at submission, withdrawalClosesAt);
  // any other move of the applicant's (accepting a mentor's invitation) is the pipeline's transition.
  if (actor === 'applicant' && (target.kind === 'withdrawn' || position.stage === initialStage(pipeline).id)) {
    const own = decideTransition(pipeline, position, target.kind === 'withdrawn' ? 'withdraw' : 'submit', actor);
    return !own.allowed || own.to === to
      ? own
      : refuse('no-such-transition', `Заявитель не может перейти на этап «${to}».`, `The applicant cannot move to the stage "${to}".`);
  }
  return allow(position.stage, transition);
};

/** Any requested transition: the pipeline's move for this actor, then every guard against the facts. */
export const decideRequestedTransition = (
  pipeline: Pipeline,
  position: ApplicationPosition,
  to: string,
  actor: TransitionActor,
  facts: GuardFacts,
  documentName?: (requirementId: string) => { ru: string; en: string },
): TransitionDecision => {
  const found = findTransition(pipeline, position, to, actor);
  if (!found.allowed) return found;
  return checkTransitionGuards(found.transition, facts, documentName) ?? found;
};
