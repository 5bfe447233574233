import { decideApplicationTransition } from './decide-application-transition.ts';
import { startTransition } from './start-transition.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

export type PlacementMove =
  | { readonly outcome: 'started'; readonly from: string; readonly to: string }
  | { readonly outcome: 'refused'; readonly to: string; readonly code: string };

/**
 * An internship placement's step moves its application where the programme's pipeline says (the
 * internships module chooses the target: ПроКадры's internship stages go on to the closing event
 * when the host or staff complete the placement): the domain decides for the actor as it decides
 * any move, and a legal one starts the applicationTransition machine, which decides again on what
 * it reads and applies it once. A refused move says why and starts nothing.
 */
export const moveOnPlacement = async (
  deps: Pick<
    TransitionDependencies,
    'applications' | 'programmes' | 'seasons' | 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores' | 'workflows'
  >,
  request: {
    readonly applicationId: string;
    readonly to: string;
    readonly actor: 'partner' | 'staff';
    readonly actorId: string;
    readonly reason: string;
  },
): Promise<PlacementMove> => {
  const dossier = await deps.applications.findDossier(request.applicationId, { history: false });
  if (dossier === undefined) return { outcome: 'refused', to: request.to, code: 'application-missing' };
  const { application } = dossier;
  const [programme, season] = await Promise.all([deps.programmes.find(application.programmeId), deps.seasons.find(application.seasonId)]);
  if (programme === undefined || season === undefined)
    throw new Error('An application refers to a programme or season that does not exist');
  const decision = await decideApplicationTransition(deps, { dossier, programme, season }, request.to, request.actor);
  if (!decision.allowed) return { outcome: 'refused', to: request.to, code: decision.code };
  await startTransition(deps, {
    applicationId: request.applicationId,
    from: decision.from,
    to: decision.to,
    actor: request.actor,
    actorId: request.actorId,
    reason: request.reason,
  });
  return { outcome: 'started', from: decision.from, to: decision.to };
};
