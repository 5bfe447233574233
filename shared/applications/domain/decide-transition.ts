import type { TRANSITION_ACTORS, Pipeline, Transition } from '../../programmes/config/pipeline-schema.ts';
import { isTerminalKind } from '../../programmes/config/pipeline-schema.ts';
import type { LocalisedText } from '../../errors/app-error.ts';
import { initialStage, stageIndex, stageOf } from './pipeline-stages.ts';

/**
 * THE place that decides whether an application may move between stages (DESIGN §4: the domain
 * decides, nothing else moves a stage). Issue 3 asks for two moves by the applicant: submitting
 * (out of the initial stage) and withdrawing (into the pipeline's withdrawn-kind stage); issue 4
 * adds the moves by staff, experts and the system with their guards.
 */
export type TransitionActor = (typeof TRANSITION_ACTORS)[number];

export type TransitionIntent = 'submit' | 'withdraw';

export interface ApplicationPosition {
  readonly stage: string;
  readonly submittedAt?: string | undefined;
}

export type TransitionDecision =
  | { readonly allowed: true; readonly from: string; readonly to: string; readonly transition: Transition }
  | { readonly allowed: false; readonly code: string; readonly message: LocalisedText };

const refuse = (code: string, ru: string, en: string): TransitionDecision => ({ allowed: false, code, message: { ru, en } });

const byActor = (transition: Transition, actor: TransitionActor, from: string): boolean => transition.from.includes(from) && transition.by.includes(actor);

const decideSubmission = (pipeline: Pipeline, position: ApplicationPosition, actor: TransitionActor): TransitionDecision => {
  const initial = initialStage(pipeline);
  if (position.submittedAt !== undefined) return refuse('already-submitted', 'Заявка уже подана.', 'The application has already been submitted.');
  if (position.stage !== initial.id) return refuse('not-a-draft', 'Заявка уже не черновик.', 'The application is no longer a draft.');
  const transition = pipeline.transitions.find((candidate) => {
    const target = stageOf(pipeline, candidate.to);
    return byActor(candidate, actor, initial.id) && target !== undefined && !isTerminalKind(target.kind);
  });
  if (transition === undefined) {
    return refuse('submission-not-configured', 'Программа не предусматривает подачу заявки заявителем.', 'The programme’s pipeline has no submission by the applicant.');
  }
  return { allowed: true, from: initial.id, to: transition.to, transition };
};

const decideWithdrawal = (pipeline: Pipeline, position: ApplicationPosition, actor: TransitionActor): TransitionDecision => {
  const current = stageOf(pipeline, position.stage);
  if (current?.kind === 'withdrawn') return refuse('already-withdrawn', 'Заявка уже отозвана.', 'The application has already been withdrawn.');
  if (current === undefined || isTerminalKind(current.kind)) {
    return refuse('application-concluded', 'Участие уже завершено: отзывать нечего.', 'The application has concluded: there is nothing to withdraw.');
  }
  if (pipeline.withdrawalClosesAt !== undefined && stageIndex(pipeline, position.stage) > stageIndex(pipeline, pipeline.withdrawalClosesAt)) {
    return refuse(
      'withdrawal-closed',
      `Отозвать заявку можно только до этапа «${pipeline.withdrawalClosesAt}» включительно.`,
      `An application may be withdrawn only up to the stage "${pipeline.withdrawalClosesAt}" inclusive.`,
    );
  }
  const transition = pipeline.transitions.find((candidate) => byActor(candidate, actor, position.stage) && stageOf(pipeline, candidate.to)?.kind === 'withdrawn');
  if (transition === undefined) {
    return refuse('withdrawal-not-allowed', `На этапе «${position.stage}» программа не предусматривает отзыв заявки.`, `The programme does not allow withdrawal in the stage "${position.stage}".`);
  }
  return { allowed: true, from: position.stage, to: transition.to, transition };
};

export const decideTransition = (pipeline: Pipeline, position: ApplicationPosition, intent: TransitionIntent, actor: TransitionActor): TransitionDecision =>
  intent === 'submit' ? decideSubmission(pipeline, position, actor) : decideWithdrawal(pipeline, position, actor);
