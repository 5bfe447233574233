import type { TransitionEffect } from '../../../catalogue/domain/pipeline/decide-transition.ts';
import type { ReleaseOutcome } from '../../../releases/release-schema.ts';
import type { DataReleaseEffect } from '../../ports/data-releases.ts';
import { notifyApplicantOfTransition, type EffectContext, type NotifyOutcome } from './notify-applicant-of-transition.ts';
import { notifyStaffOfTransition } from './notify-staff-of-transition.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

export type EffectOutcome =
  | { readonly effect: 'notifyApplicant'; readonly outcome: NotifyOutcome }
  | { readonly effect: 'notifyStaff'; readonly outcome: 'queued' | 'already-queued' }
  | { readonly effect: 'requestRecommendationLetter'; readonly outcome: 'requested' | 'already-requested' | 'pending' }
  | { readonly effect: DataReleaseEffect; readonly outcome: ReleaseOutcome }
  | { readonly effect: TransitionEffect; readonly outcome: 'pending' };

/** Which later issue carries out each effect this one only records. */
const OWED_BY: Readonly<Record<Exclude<TransitionEffect, 'notifyApplicant' | 'notifyStaff' | 'requestRecommendationLetter'>, string>> = {
  issueCertificate: 'Certificates are issued by a later issue.',
  releaseDataToRegion: 'Data release to regions is not carried out by this function.',
  releaseDataToPartner: 'Data release to internship hosts is not carried out by this function.',
};

const isDataRelease = (effect: TransitionEffect): effect is DataReleaseEffect =>
  effect === 'releaseDataToRegion' || effect === 'releaseDataToPartner';

/** Staff pair the mentee (or ask someone for the letter) themselves: the platform had nobody to ask. */
const NO_MENTOR_PAIR = 'No mentor agreed to take this application, so nobody was asked for the recommendation letter.';

/** An effect owed, recorded once per move and effect for staff to see. */
const recordPending = (
  deps: Pick<TransitionDependencies, 'pendingEffects' | 'clock'>,
  context: EffectContext,
  effect: TransitionEffect,
  note: string,
): Promise<void> =>
  deps.pendingEffects.record({
    applicationId: context.application.id,
    effect,
    fromStage: context.move.from,
    toStage: context.move.to,
    version: context.move.version,
    status: 'pending',
    note,
    at: deps.clock().toISOString(),
  });

/**
 * The effects of one move, in the programme's order, each idempotent: the applicant's mail and
 * the staff notice queued once under their own ids (the queue's drainer sends them), the mentor
 * asked for the recommendation letter once per application (the mentoring capability; with no
 * mentor to ask, it stays owed), every effect no capability carries out yet recorded as a pending
 * item (one per move and effect) that staff see. Every effect is attempted; the first failure is
 * rethrown afterwards, so a retry repeats only what did not happen.
 */
export const runTransitionEffects = async (
  deps: Pick<TransitionDependencies, 'applicants' | 'mailQueue' | 'pendingEffects' | 'recommendationLetters' | 'dataReleases' | 'clock'>,
  context: EffectContext,
  effects: readonly TransitionEffect[],
): Promise<readonly EffectOutcome[]> => {
  const outcomes: EffectOutcome[] = [];
  const failures: unknown[] = [];
  for (const effect of effects) {
    try {
      if (effect === 'notifyApplicant') {
        outcomes.push({ effect, outcome: await notifyApplicantOfTransition(deps, context) });
      } else if (effect === 'notifyStaff') {
        outcomes.push({ effect, outcome: await notifyStaffOfTransition(deps, context) });
      } else if (effect === 'requestRecommendationLetter') {
        const { application, programme, season } = context;
        const outcome = await deps.recommendationLetters.request({ applicationId: application.id, programme, season });
        if (outcome === 'no-mentor-pair') await recordPending(deps, context, effect, NO_MENTOR_PAIR);
        outcomes.push({ effect, outcome: outcome === 'no-mentor-pair' ? 'pending' : outcome });
      } else if (isDataRelease(effect) && deps.dataReleases.effects.includes(effect)) {
        const { application, programme, season, move } = context;
        const { outcome } = await deps.dataReleases.release(effect, { application, programme, season, move });
        outcomes.push({ effect, outcome });
      } else {
        await recordPending(deps, context, effect, OWED_BY[effect]);
        outcomes.push({ effect, outcome: 'pending' });
      }
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
  return outcomes;
};
