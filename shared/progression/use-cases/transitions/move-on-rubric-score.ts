import type { TransitionDependencies } from './transition-dependencies.ts';
import { decideApplicationTransition } from './decide-application-transition.ts';
import { startTransition } from './start-transition.ts';

/**
 * When an application's score on a rubric is recorded, the programme may move it at once: the
 * first transition out of its stage that the `system` may make, one application at a time (not a
 * gate), and that waits on this rubric's score, if its guards hold now (the score is high enough, and whatever else it asks). Below the
 * threshold nothing moves: staff (or the experts) decide the rest. Started like any transition, so
 * the state machine decides again on what it reads and a repeated start is a no-op.
 */
export const moveOnRubricScore = async (
  deps: Pick<
    TransitionDependencies,
    'applications' | 'programmes' | 'seasons' | 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores' | 'workflows'
  >,
  applicationId: string,
  rubricId: string,
): Promise<{ readonly to: string } | undefined> => {
  const dossier = await deps.applications.findDossier(applicationId, { history: false });
  if (dossier === undefined) return undefined;
  const { application } = dossier;
  const [programme, season] = await Promise.all([deps.programmes.find(application.programmeId), deps.seasons.find(application.seasonId)]);
  if (programme === undefined || season === undefined) return undefined;
  const waiting = programme.settings.pipeline.transitions.filter(
    (transition) =>
      transition.from.includes(application.stage) &&
      transition.by.includes('system') &&
      // A gate moves its cohort together when its calendar window closes, reading the scores then.
      transition.gate !== true &&
      (transition.guards ?? []).some((guard) => guard.kind === 'rubricScore' && guard.rubric === rubricId),
  );
  for (const transition of waiting) {
    const decision = await decideApplicationTransition(deps, { dossier, programme, season }, transition.to, 'system');
    if (!decision.allowed) continue;
    await startTransition(deps, { applicationId, from: decision.from, to: decision.to, actor: 'system', actorId: `rubric:${rubricId}` });
    return { to: decision.to };
  }
  return undefined;
};
