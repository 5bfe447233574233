import { createHash } from 'node:crypto';

/**
 * The gate run a calendar job starts has an id derived from the job (a UUID, version 8: "custom"),
 * so a tick that crashed after starting the run and before marking the job done finds that very
 * run on the next claim instead of starting the gate a second time.
 */
export const calendarGateRunId = (seasonId: string, jobId: string): string => {
  const hex = createHash('sha256').update(`calendar#${seasonId}#${jobId}`).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
