/** Lets one drainer at a time work the queue; a holder that dies loses it when `until` passes. */
export interface DrainLease {
  acquire(holder: string, at: Date, until: Date): Promise<boolean>;
  release(holder: string): Promise<void>;
}
