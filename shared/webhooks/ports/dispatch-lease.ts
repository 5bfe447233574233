/** Lets one dispatcher at a time work the webhook queue; a holder that dies loses it when `until` passes. */
export interface Lease {
  acquire(holder: string, at: Date, until: Date): Promise<boolean>;
  release(holder: string): Promise<void>;
}
