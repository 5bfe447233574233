/**
 * Makes a notification happen once however often the step that sends it runs. A sender claims
 * the notification before sending and confirms after; a claim that was never confirmed (the
 * sender crashed) expires after its lease, so the mail is retried rather than lost.
 */
export interface NotificationLedger {
  /** True when this caller may send now; false when it was sent or another sender holds a live claim. */
  claim(notificationId: string, at: Date, leaseSeconds: number): Promise<boolean>;
  confirm(notificationId: string, at: Date, messageId: string): Promise<void>;
  /** Gives the claim up after a failed send, so a retry can send at once. */
  release(notificationId: string): Promise<void>;
}

/**
 * A claim that rides inside another write's transaction (the submission that causes the receipt),
 * so the claim commits exactly when that write does and costs no request of its own. Its holder
 * then sends and confirms (or releases) through the ledger as after `claim`. The ledger's adapter
 * builds the transaction item, so the claim's condition exists once.
 */
export interface NotificationClaim {
  readonly notificationId: string;
  readonly at: Date;
  readonly leaseSeconds: number;
}
