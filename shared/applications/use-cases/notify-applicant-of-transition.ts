import type { Programme } from '../../programmes/config/programme-schema.ts';
import { CLAIM_LEASE_SECONDS, sendClaimedMail } from '../../programmes/mail/send-claimed-mail.ts';
import type { Season } from '../../programmes/seasons/season-schema.ts';
import { TransientError } from '../../workflow/transient-error.ts';
import type { Application } from '../application-schema.ts';
import { initialStage, stageOf } from '../domain/pipeline-stages.ts';
import { stageChangeMail } from '../mail/stage-change-mail.ts';
import { deliverClaimedReceipt, sendReceipt } from './send-receipt.ts';
import type { TransitionDependencies } from './transition-dependencies.ts';

export interface Move {
  readonly from: string;
  readonly to: string;
  /** The application's version right after the move. */
  readonly version: number;
}

export interface EffectContext {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
  readonly move: Move;
  /** Known by the caller (the submitter's address); otherwise read from the applicant's profile. */
  readonly address?: string | undefined;
  /** The submission's transaction already took the receipt's claim for this caller. */
  readonly receiptClaimHeld?: boolean | undefined;
}

/**
 * One mail per move, whoever runs the effect how often: the ledger key names the application, the
 * move and the version after it (a move into a stage visited before is a new mail, a repeat of the
 * same move is not).
 */
const transitionNotificationId = (applicationId: string, move: Move): string => `application-transition#${applicationId}#${move.from}#${move.to}#v${move.version}`;

export type NotifyOutcome = 'sent' | 'already-sent-or-sending' | 'no-address';

const addressOf = async (deps: Pick<TransitionDependencies, 'applicants'>, context: EffectContext): Promise<string | undefined> => {
  if (context.address !== undefined) return context.address;
  const { application, programme, season } = context;
  const applicant = await deps.applicants.find(application.applicantId, { referenceDate: season.referenceDate, guardianConsentBelowAge: programme.settings.eligibility.guardianConsentBelowAge });
  return applicant?.email;
};

/**
 * The `notifyApplicant` effect. The move out of the initial stage is the submission, whose mail is
 * the receipt (its own ledger entry, shared with the submit route's replays); any other move sends
 * the stage-change mail. A failed send gives the claim back and throws, so the state machine's
 * Retry (transient) or Catch (recorded for staff) takes over; nothing is lost silently.
 */
export const notifyApplicantOfTransition = async (
  deps: Pick<TransitionDependencies, 'applicants' | 'mailer' | 'notifications' | 'clock'>,
  context: EffectContext,
): Promise<NotifyOutcome> => {
  const { application, programme, season, move } = context;
  const to = await addressOf(deps, context);
  if (to === undefined) return 'no-address';

  if (move.from === initialStage(programme.settings.pipeline).id) {
    const receipt = context.receiptClaimHeld === true ? await deliverClaimedReceipt(deps, { application, programme, season, to }) : await sendReceipt(deps, { application, programme, season, to });
    if (receipt === 'failed') throw new TransientError('The submission receipt was not sent');
    return receipt === 'sent' ? 'sent' : 'already-sent-or-sending';
  }

  const notificationId = transitionNotificationId(application.id, move);
  if (!(await deps.notifications.claim(notificationId, deps.clock(), CLAIM_LEASE_SECONDS))) return 'already-sent-or-sending';
  const stage = stageOf(programme.settings.pipeline, move.to);
  await sendClaimedMail(
    deps,
    notificationId,
    stageChangeMail({
      to,
      language: application.language,
      programmeName: programme.settings.name,
      seasonTitle: season.title,
      applicationId: application.id,
      stageName: stage?.name ?? { ru: move.to, en: move.to },
      stageDescription: stage?.description,
    }),
  );
  return 'sent';
};
