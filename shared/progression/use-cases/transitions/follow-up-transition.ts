import type { TransitionEffect } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import type { TransitionRequest } from '../../ports/transition-request.ts';
import { runTransitionEffects, type EffectOutcome } from './run-transition-effects.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/** The Effects state: the move's effects for the version Apply wrote (or Validate found applied). */
export const followUpTransition = async (
  deps: Pick<
    TransitionDependencies,
    | 'applications'
    | 'programmes'
    | 'seasons'
    | 'applicants'
    | 'mailQueue'
    | 'pendingEffects'
    | 'recommendationLetters'
    | 'certificates'
    | 'dataReleases'
    | 'clock'
  >,
  request: TransitionRequest,
  move: { readonly version: number; readonly effects: readonly TransitionEffect[] },
): Promise<readonly EffectOutcome[]> => {
  const application = await deps.applications.find(request.applicationId);
  if (application === undefined) throw new Error('The application of a written transition is gone');
  const [programme, season] = await Promise.all([deps.programmes.find(application.programmeId), deps.seasons.find(application.seasonId)]);
  if (programme === undefined || season === undefined)
    throw new Error('An application refers to a programme or season that does not exist');
  return runTransitionEffects(
    deps,
    { application, programme, season, move: { from: request.from, to: request.to, version: move.version } },
    move.effects,
  );
};
