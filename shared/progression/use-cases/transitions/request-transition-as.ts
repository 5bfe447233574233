import { transitionRefused } from '../../../applications/application-errors.ts';
import type { TransitionActor } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { decideApplicationTransition } from './decide-application-transition.ts';
import { startTransition } from './start-transition.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

/**
 * A move another capability asks for on behalf of someone it has already checked (a mentor's
 * agreement on their own pair, a mentee's acceptance on their own application): the domain decides
 * at once for that actor, so an illegal move answers 409 with its reason and starts nothing; a
 * legal one starts the applicationTransition machine, which decides again on what it reads.
 */
export const requestTransitionAs = async (
  deps: Pick<
    TransitionDependencies,
    'applications' | 'programmes' | 'seasons' | 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores' | 'workflows'
  >,
  request: { readonly applicationId: string; readonly to: string; readonly actor: TransitionActor; readonly actorId: string },
): Promise<{ readonly executionArn: string; readonly from: string; readonly to: string }> => {
  const dossier = await deps.applications.findDossier(request.applicationId, { history: false });
  if (dossier === undefined) throw notFound('application');
  const { application } = dossier;
  const [programme, season] = await Promise.all([deps.programmes.find(application.programmeId), deps.seasons.find(application.seasonId)]);
  if (programme === undefined || season === undefined)
    throw new Error('An application refers to a programme or season that does not exist');
  const decision = await decideApplicationTransition(deps, { dossier, programme, season }, request.to, request.actor);
  if (!decision.allowed) throw transitionRefused(decision.code, decision.message);
  const { executionArn } = await startTransition(deps, {
    applicationId: request.applicationId,
    from: decision.from,
    to: decision.to,
    actor: request.actor,
    actorId: request.actorId,
  });
  return { executionArn, from: decision.from, to: decision.to };
};
