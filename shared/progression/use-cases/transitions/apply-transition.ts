import { stageOf } from '../../../catalogue/domain/pipeline/pipeline-stages.ts';
import { moveApplication } from '../../../applications/domain/move-application.ts';
import type { TransitionRequest } from '../../ports/transition-request.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

export type Applied =
  | { readonly outcome: 'written'; readonly version: number }
  | { readonly outcome: 'stale' }
  | { readonly outcome: 'missing' };

/** How the history names a move: by the actor kind and, when known, the person. */
const historyActor = (request: Pick<TransitionRequest, 'actor' | 'actorId'>): string =>
  request.actorId === undefined ? request.actor : `${request.actor}:${request.actorId}`;

/**
 * The Apply state: ONE conditional transaction writes the new stage and its history event, only if
 * the application is still in `from` at the version Validate decided on. Anything else (a
 * concurrent run of the same transition won, staff edited it meanwhile) is `stale`: a reported
 * no-op, never a second move and never an error to retry.
 */
export const applyTransition = async (
  deps: Pick<TransitionDependencies, 'applications' | 'programmes' | 'metrics' | 'clock'>,
  request: TransitionRequest,
  expectedVersion: number,
): Promise<Applied> => {
  const application = await deps.applications.find(request.applicationId);
  if (application === undefined) return { outcome: 'missing' };
  if (application.stage !== request.from || application.version !== expectedVersion) return { outcome: 'stale' };
  const programme = await deps.programmes.find(application.programmeId);
  const withdrawal = programme !== undefined && stageOf(programme.settings.pipeline, request.to)?.kind === 'withdrawn';
  const moved = moveApplication(application, {
    from: request.from,
    to: request.to,
    at: deps.clock().toISOString(),
    actor: historyActor(request),
    kind: withdrawal ? 'withdrawn' : 'stage-changed',
    note: request.reason,
  });
  const outcome = await deps.applications.replace(moved.application, application, moved.event, { stage: request.from });
  if (outcome === 'written') {
    deps.metrics.applicationMoved(application.programmeId, request.to);
    return { outcome, version: moved.application.version };
  }
  return { outcome };
};
