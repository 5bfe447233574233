import type { UploadWindow } from '../domain/upload/upload-limits.ts';

/** How many upload forms each caller asked for in each window (upload-limits.ts). */
export interface UploadThrottle {
  /** Counts one request of `callerId` in `window`, unless it already holds `max`: then false, counting nothing. */
  take(callerId: string, window: UploadWindow, max: number): Promise<boolean>;
}
