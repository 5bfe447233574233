/** Lets one issuer at a time work the queue (numbers and slots are safe anyway; the lease saves double work); a holder that dies loses it when `until` passes. */
export interface IssuerLease {
  acquire(holder: string, at: Date, until: Date): Promise<boolean>;
  release(holder: string): Promise<void>;
}
