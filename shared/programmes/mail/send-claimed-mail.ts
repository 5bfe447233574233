import type { Mailer, OutgoingMail } from '../ports/mailer.ts';
import type { NotificationLedger } from '../ports/notification-ledger.ts';

/** Longer than a Lambda can run (15 min): a live claim always belongs to a sender still running. */
export const CLAIM_LEASE_SECONDS = 20 * 60;

/**
 * Sends a mail whose ledger claim the caller holds, then confirms it. On any failure the claim is
 * given back before the error goes on, so the caller's retry can send at once instead of waiting
 * out the lease.
 */
export const sendClaimedMail = async (
  deps: { readonly mailer: Mailer; readonly notifications: NotificationLedger; readonly clock: () => Date },
  notificationId: string,
  mail: OutgoingMail,
): Promise<void> => {
  try {
    const { messageId } = await deps.mailer.send(mail);
    await deps.notifications.confirm(notificationId, deps.clock(), messageId);
  } catch (error) {
    await deps.notifications.release(notificationId);
    throw error;
  }
};
