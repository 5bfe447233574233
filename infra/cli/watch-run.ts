import { ApiError, NetworkError } from './api-client.ts';
import type { Progress, ProgressDisplay } from './progress-display.ts';

/** Polls in a row that may miss (no answer, a 5xx, throttled) before the watch gives up: one blip must not end a long watch. */
export const MAX_MISSED_POLLS = 3;

export interface WatchRunOptions<Run> {
  readonly read: () => Promise<Run>;
  readonly finished: (run: Run) => boolean;
  readonly progress: (run: Run) => Progress;
  readonly display: ProgressDisplay;
  readonly intervalMs: number;
  readonly wait: (milliseconds: number) => Promise<void>;
}

const transient = (error: unknown): boolean =>
  error instanceof NetworkError || (error instanceof ApiError && (error.status >= 500 || error.status === 429));

/** Reads a run every `intervalMs` until it has finished, showing its progress; returns the run as it ended. */
export const watchRun = async <Run>({ read, finished, progress, display, intervalMs, wait }: WatchRunOptions<Run>): Promise<Run> => {
  let missed = 0;
  try {
    for (;;) {
      let run: Run | undefined;
      try {
        run = await read();
        missed = 0;
      } catch (error) {
        missed += 1;
        if (!transient(error) || missed > MAX_MISSED_POLLS) throw error;
      }
      if (run !== undefined) {
        display.update(progress(run));
        if (finished(run)) return run;
      }
      await wait(intervalMs);
    }
  } finally {
    display.stop();
  }
};
