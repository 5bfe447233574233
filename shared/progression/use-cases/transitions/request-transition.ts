import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { transitionRefused } from '../../../applications/application-errors.ts';
import { decideApplicationTransition } from './decide-application-transition.ts';
import { startTransition } from './start-transition.ts';
import type { ApplicationRequestDependencies } from './transition-dependencies.ts';

export interface TransitionStarted {
  readonly executionArn: string;
  readonly from: string;
  readonly to: string;
}

/**
 * A staff decision: the domain decides at once, so an illegal move answers 409 with its reason and
 * starts nothing; a legal one starts the applicationTransition machine, which decides again on
 * what it reads (the application may move in between) and applies the move conditionally.
 */
export const requestTransition = async (
  deps: Pick<
    ApplicationRequestDependencies,
    'applications' | 'applicationAccess' | 'applicants' | 'shortlist' | 'teamMemberships' | 'rubricScores' | 'workflows'
  >,
  identity: Identity,
  applicationId: string,
  body: { readonly to: string; readonly reason?: string | undefined },
): Promise<TransitionStarted> => {
  const dossier = await deps.applications.findDossier(applicationId, { history: false });
  const { programme, season } = await deps.applicationAccess.contextOf(identity, dossier?.application, ['staff']);
  if (dossier === undefined) throw notFound('application');
  const decision = await decideApplicationTransition(deps, { dossier, programme, season }, body.to, 'staff');
  if (!decision.allowed) throw transitionRefused(decision.code, decision.message);
  const { executionArn } = await startTransition(deps, {
    applicationId,
    from: decision.from,
    to: decision.to,
    actor: 'staff',
    actorId: identity.subject,
    ...(body.reason === undefined ? {} : { reason: body.reason }),
  });
  return { executionArn, from: decision.from, to: decision.to };
};
