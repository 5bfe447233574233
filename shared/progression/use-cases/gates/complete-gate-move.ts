import type { TransitionEffect } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import type { TransitionRequest } from '../../ports/transition-request.ts';
import { applyTransition } from '../transitions/apply-transition.ts';
import { followUpTransition } from '../transitions/follow-up-transition.ts';
import type { TransitionDependencies } from '../transitions/transition-dependencies.ts';
import { validateTransition } from '../transitions/validate-transition.ts';

export type GateMoveOutcome = 'moved' | 'effects-run' | 'not-moved';

type Deps = Pick<
  TransitionDependencies,
  | 'applications'
  | 'programmes'
  | 'seasons'
  | 'applicants'
  | 'shortlist'
  | 'teamMemberships'
  | 'rubricScores'
  | 'mailQueue'
  | 'pendingEffects'
  | 'dataReleases'
  | 'recommendationLetters'
  | 'certificates'
  | 'metrics'
  | 'clock'
>;

/**
 * One application of a gate's page, through the per-application transition's own steps: Apply (the
 * one conditional transaction) for the version Validate decided on, then the Effects (each
 * idempotent, the mail queued once). Without a decision (a page being finished
 * after a crash or a failed effect) it decides again first: an application this run moved already
 * gets only its effects, which then happen once; one that has moved elsewhere is left alone.
 */
export const completeGateMove = async (
  deps: Deps,
  request: TransitionRequest,
  decided?: { readonly version: number; readonly effects: readonly TransitionEffect[] },
): Promise<GateMoveOutcome> => {
  const validated = decided === undefined ? await validateTransition(deps, request) : ({ outcome: 'proceed', ...decided } as const);
  if (validated.outcome === 'already-applied') {
    await followUpTransition(deps, request, validated);
    return 'effects-run';
  }
  if (validated.outcome !== 'proceed') return 'not-moved';
  const applied = await applyTransition(deps, request, validated.version);
  if (applied.outcome !== 'written') return 'not-moved';
  await followUpTransition(deps, request, { version: applied.version, effects: validated.effects });
  return 'moved';
};
