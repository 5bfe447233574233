import { uuidOf } from '../../platform/identifiers/name-based-uuid.ts';

/**
 * The gate run a calendar job starts has an id derived from the job, so a tick that crashed after
 * starting the run and before marking the job done finds that very run on the next claim instead
 * of starting the gate a second time.
 */
export const calendarGateRunId = (seasonId: string, jobId: string): string => uuidOf(`calendar#${seasonId}#${jobId}`);
