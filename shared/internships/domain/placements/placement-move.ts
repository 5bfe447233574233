import type { Pipeline } from '../../../catalogue/domain/config/pipeline-schema.ts';
import { stageOf } from '../../../catalogue/domain/pipeline/pipeline-stages.ts';
import type { PlacementStep } from './placement-steps.ts';

/**
 * Where a placement's step moves its application, if the pipeline says so: only where the
 * placement's stage is the internship itself (kind `internship`: ПроКадры's regional and federal
 * internships), so completing it completes the stage and the application goes on (ПроКадры: to
 * the closing event) through the first transition out of it the actor may make to a stage that is
 * not a rejection or a withdrawal; an early end takes the actor's transition to a rejection, if the
 * pipeline has one. An internship held during another stage (Кадры будущего's during project work)
 * moves nothing: the stage is about more than the internship. Accepting, declining and starting
 * move nothing in any template; the pipeline's transitions, guards and effects decide the rest.
 */
export const placementMoveTarget = (
  pipeline: Pipeline,
  stage: string,
  step: PlacementStep,
  actor: 'partner' | 'staff',
): string | undefined => {
  if (stageOf(pipeline, stage)?.kind !== 'internship') return undefined;
  if (step !== 'complete' && step !== 'end-early') return undefined;
  const wanted = (kind: string | undefined): boolean =>
    step === 'complete' ? kind !== undefined && kind !== 'rejected' && kind !== 'withdrawn' : kind === 'rejected';
  return pipeline.transitions.find(
    (transition) =>
      transition.from.includes(stage) &&
      transition.by.includes(actor) &&
      transition.gate !== true &&
      wanted(stageOf(pipeline, transition.to)?.kind),
  )?.to;
};
