import { describeUnexpectedError, logger } from '../../observability/logger.ts';
import type { Programme } from '../../programmes/config/programme-schema.ts';
import { CLAIM_LEASE_SECONDS, sendClaimedMail } from '../../programmes/mail/send-claimed-mail.ts';
import type { NotificationClaim } from '../../programmes/ports/notification-ledger.ts';
import type { Season } from '../../programmes/seasons/season-schema.ts';
import type { Application } from '../application-schema.ts';
import { applicationReceiptMail } from '../mail/application-receipt-mail.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';

export const receiptNotificationId = (applicationId: string): string => `application-receipt#${applicationId}`;

/**
 * The receipt's claim as the submission's own transaction takes it: the submission and the claim
 * commit together, so the submitter holds the claim without a request of its own and then
 * delivers (deliverClaimedReceipt). If the sender dies before confirming, the claim's lease runs
 * out and the next retry of the submit with the same Idempotency-Key sends it (sendReceipt).
 */
export const receiptClaim = (applicationId: string, at: Date): NotificationClaim => ({
  notificationId: receiptNotificationId(applicationId),
  at,
  leaseSeconds: CLAIM_LEASE_SECONDS,
});

type ReceiptContext = { readonly application: Application; readonly programme: Programme; readonly season: Season; readonly to: string };

/**
 * Sends a receipt whose claim this caller holds, then marks it sent (a small UpdateItem: the
 * effect's bookkeeping, not the submission's write). A failed send gives the claim back and is
 * only logged (by error name, never the address): the submission stands, and the next retry of
 * the submit with the same Idempotency-Key tries the pending receipt again.
 */
export const deliverClaimedReceipt = async (
  deps: Pick<ApplicationDependencies, 'mailer' | 'notifications' | 'clock'>,
  context: ReceiptContext,
): Promise<'sent' | 'failed'> => {
  const { application, programme, season, to } = context;
  const notificationId = receiptNotificationId(application.id);
  const track = programme.settings.tracks.find((candidate) => candidate.id === application.track?.track);
  try {
    await sendClaimedMail(
      deps,
      notificationId,
      applicationReceiptMail({
        to,
        language: application.language,
        programmeName: programme.settings.name,
        seasonTitle: season.title,
        applicationId: application.id,
        trackName: track?.name,
      }),
    );
    return 'sent';
  } catch (error) {
    logger.warn('submission receipt not sent; the next retry of the submit sends it', { applicationId: application.id, ...describeUnexpectedError(error) });
    return 'failed';
  }
};

/**
 * Sends the submission receipt at most once, however many submits (first, retried, concurrent)
 * reach this point: the ledger's claim decides who sends. Used where no claim rode in with the
 * submission (a replay of the same Idempotency-Key, whose receipt may still be pending). Issue 4
 * moves this effect into the transition state machine, whose retries replace that.
 */
export const sendReceipt = async (
  deps: Pick<ApplicationDependencies, 'mailer' | 'notifications' | 'clock'>,
  context: Omit<ReceiptContext, 'to'> & { readonly to: string | undefined },
): Promise<'sent' | 'already-sent-or-sending' | 'failed' | 'no-address'> => {
  const { to } = context;
  if (to === undefined) return 'no-address';
  const claim = receiptClaim(context.application.id, deps.clock());
  if (!(await deps.notifications.claim(claim.notificationId, claim.at, claim.leaseSeconds))) return 'already-sent-or-sending';
  return deliverClaimedReceipt(deps, { ...context, to });
};
