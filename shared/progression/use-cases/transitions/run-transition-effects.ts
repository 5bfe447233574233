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
  | { readonly effect: 'issueCertificate'; readonly outcome: 'requested' | 'already-requested' | 'pending' }
  | { readonly effect: DataReleaseEffect; readonly outcome: ReleaseOutcome }
  | { readonly effect: TransitionEffect; readonly outcome: 'pending' };

/** Why a release effect this function's wiring does not carry out stays owed. */
const OWED_BY: Readonly<Record<DataReleaseEffect, string>> = {
  releaseDataToRegion: 'Data release to regions is not carried out by this function.',
  releaseDataToPartner: 'Data release to internship hosts is not carried out by this function.',
};

const isDataRelease = (effect: TransitionEffect): effect is DataReleaseEffect =>
  effect === 'releaseDataToRegion' || effect === 'releaseDataToPartner';

/** Why a certificate was not requested: staff complete the programme's certificates section, or issue nothing to an erased profile. */
const CERTIFICATE_NOT_REQUESTED = {
  'not-configured': 'The programme names no achievement for this stage in its certificates section, so no certificate was requested.',
  'no-holder': 'The holder erased their profile, so no certificate was requested.',
} as const;

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
 * mentor to ask, it stays owed), the certificate requested once per application and achievement
 * (the certificates capability issues it), the data released as consented; what cannot be carried
 * out is recorded as a pending item (one per move and effect) that staff see. Every effect is attempted; the first failure is
 * rethrown afterwards, so a retry repeats only what did not happen.
 */
export const runTransitionEffects = async (
  deps: Pick<
    TransitionDependencies,
    'applicants' | 'mailQueue' | 'pendingEffects' | 'recommendationLetters' | 'dataReleases' | 'certificates' | 'clock'
  >,
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
      } else if (effect === 'issueCertificate') {
        const { application, programme, season, move } = context;
        const outcome = await deps.certificates.request({ application, programme, season, move });
        if (outcome === 'not-configured' || outcome === 'no-holder') {
          await recordPending(deps, context, effect, CERTIFICATE_NOT_REQUESTED[outcome]);
          outcomes.push({ effect, outcome: 'pending' });
        } else outcomes.push({ effect, outcome });
      } else if (isDataRelease(effect) && deps.dataReleases.effects.includes(effect)) {
        const { application, programme, season, move } = context;
        const { outcome } = await deps.dataReleases.release(effect, { application, programme, season, move });
        outcomes.push({ effect, outcome });
      } else if (isDataRelease(effect)) {
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
