/**
 * Mails sent per second, counted in one shared place, so the deployment's SES rate holds for every
 * drainer together (normally one, under the lease; two if a lease ever expires under a slow one).
 */
export interface SendWindow {
  /** Counts one send in the second `epochSecond` if fewer than `max` were counted; false when full. */
  take(epochSecond: number, max: number): Promise<boolean>;
}
