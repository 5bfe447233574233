import { SCHEDULES, type ScheduleManifest, type ScheduleTarget } from '../../schedules/index.ts';
import { localName } from '../local-settings.ts';
import { inProcessInvoker, type LambdaHandler } from '../step-functions/in-process-lambda.ts';
import type { JsonValue } from '../step-functions/local-state-machine.ts';

export interface LocalScheduler {
  /** Stops the timers and waits for runs in progress; safe to call twice. */
  stop(): Promise<void>;
}

export interface LocalSchedulerOptions {
  readonly loadHandler: (target: ScheduleTarget) => Promise<LambdaHandler>;
  readonly schedules?: readonly ScheduleManifest[];
  /** Where a failed run is reported (its error name only: a handler's message may quote personal data). */
  readonly report?: (message: string) => void;
}

/**
 * EventBridge Scheduler's stand-in: every schedule of the manifest calls its target's handler with
 * its payload every `localPeriodSeconds`, through the same in-process invocation the local Step
 * Functions uses (JSON boundary, a fresh Lambda context). A run still going when its next tick comes
 * is not doubled: AWS would start an overlapping one, which the targets tolerate (the drainer's
 * lease, the calendar jobs' claims), but locally it would only add noise.
 */
export const startLocalScheduler = ({
  loadHandler,
  schedules = SCHEDULES,
  report = (message) => console.error(message),
}: LocalSchedulerOptions): LocalScheduler => {
  const running = new Set<Promise<void>>();
  const timers = schedules.map((manifest) => {
    const invoke = inProcessInvoker(localName(manifest.target), () => loadHandler(manifest.target));
    let busy = false;
    return setInterval(() => {
      if (busy) return;
      busy = true;
      const run = invoke(manifest.payload as JsonValue).then(
        () => undefined,
        (error: unknown) => report(`Schedule ${manifest.name} failed: ${error instanceof Error ? error.name : 'unknown error'}`),
      );
      const tracked = run.finally(() => {
        busy = false;
        running.delete(tracked);
      });
      running.add(tracked);
    }, manifest.localPeriodSeconds * 1000);
  });
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        for (const timer of timers) clearInterval(timer);
        await Promise.allSettled([...running]);
      })()),
  };
};
