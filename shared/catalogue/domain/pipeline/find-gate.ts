import type { Pipeline, Transition } from '../config/pipeline-schema.ts';
import { findTransition, type TransitionActor } from './decide-transition.ts';
import { stageOf } from './pipeline-stages.ts';
import { refuseTransition, type TransitionRefusal } from './transition-refusal.ts';

export interface AllowedGate {
  readonly allowed: true;
  readonly from: string;
  readonly to: string;
  readonly transition: Transition;
}

/**
 * Whether `actor` may run the cohort gate `from` -> `to`: the pipeline's transition an application
 * in `from` would take to `to` for this actor (the very one the per-application decision uses, so
 * a gate applies exactly the guards and effects a single move would) must be marked `gate`.
 * Guards are not checked here: they hold or not per application, and the gate counts refusals.
 */
export const findGate = (pipeline: Pipeline, from: string, to: string, actor: TransitionActor): AllowedGate | TransitionRefusal => {
  if (stageOf(pipeline, from) === undefined)
    return refuseTransition('unknown-stage', `В программе нет этапа «${from}».`, `The programme has no stage "${from}".`);
  const found = findTransition(pipeline, { stage: from }, to, actor);
  if (!found.allowed) return found;
  if (found.transition.gate !== true) {
    return refuseTransition(
      'not-a-gate',
      `Переход с «${from}» на «${to}» выполняется по одной заявке, а не для всего этапа сразу.`,
      `The transition from "${from}" to "${to}" moves one application at a time, not a whole stage.`,
    );
  }
  return { allowed: true, from, to, transition: found.transition };
};
