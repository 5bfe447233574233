import type { LocalisedText } from '../../../platform/errors/app-error.ts';
import type { TransitionEffect } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import type { TransitionRequest } from '../../ports/transition-request.ts';
import { decideApplicationTransition } from './decide-application-transition.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/**
 * What the Validate state found, which its Choice routes on:
 * - `proceed`: the application is in `from` at `version` and the domain allows the move: Apply.
 * - `already-applied`: a run of the same request moved it before (a repeat, a staff retry after a
 *   failed effect): skip Apply, run the effects again (they are idempotent) for that move's version.
 * - `stale` / `refused` / `missing`: nothing to do; the output says why (a reported no-op).
 */
export type Validated =
  | { readonly outcome: 'proceed'; readonly version: number; readonly effects: readonly TransitionEffect[] }
  | { readonly outcome: 'already-applied'; readonly version: number; readonly effects: readonly TransitionEffect[] }
  | { readonly outcome: 'stale'; readonly stage: string }
  | { readonly outcome: 'refused'; readonly code: string; readonly message: LocalisedText }
  | { readonly outcome: 'missing' };

const loadContext = async (deps: Pick<TransitionDependencies, 'programmes' | 'seasons'>, programmeId: string, seasonId: string) => {
  const [programme, season] = await Promise.all([deps.programmes.find(programmeId), deps.seasons.find(seasonId)]);
  if (programme === undefined || season === undefined)
    throw new Error('An application refers to a programme or season that does not exist');
  return { programme, season };
};

export const validateTransition = async (
  deps: Pick<
    TransitionDependencies,
    'applications' | 'programmes' | 'seasons' | 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores'
  >,
  request: TransitionRequest,
): Promise<Validated> => {
  const dossier = await deps.applications.findDossier(request.applicationId, { history: false });
  if (dossier === undefined) return { outcome: 'missing' };
  const { application } = dossier;
  const { programme, season } = await loadContext(deps, application.programmeId, application.seasonId);

  if (application.stage === request.from) {
    const decision = await decideApplicationTransition(deps, { dossier, programme, season }, request.to, request.actor);
    if (!decision.allowed) return { outcome: 'refused', code: decision.code, message: decision.message };
    return { outcome: 'proceed', version: application.version, effects: decision.effects };
  }
  if (application.stage === request.to) {
    // Moved already; by this very transition only if the history says so (its latest such move).
    const withHistory = await deps.applications.findDossier(request.applicationId, { history: true });
    const move = withHistory?.history.findLast((event) => event.fromStage === request.from && event.toStage === request.to);
    const transition = programme.settings.pipeline.transitions.find(
      (candidate) => candidate.from.includes(request.from) && candidate.to === request.to,
    );
    if (move !== undefined && transition !== undefined)
      return { outcome: 'already-applied', version: move.version, effects: transition.effects ?? [] };
  }
  return { outcome: 'stale', stage: application.stage };
};
