import type { WorkflowCapability } from '../../shared/platform/workflow/state-machine-manifest.ts';
import type { LambdaHandler } from '../../infra/local/step-functions/in-process-lambda.ts';
import { importCapabilityHandler } from '../../infra/local/step-functions/manifest-state-machines.ts';

/** What the workflow Lambda did while the bench watched it. */
export interface TaskMeter {
  /** Invocations per task name (`processGatePage`, `finishGateRun` …). */
  readonly invocations: Map<string, number>;
  /** Sum of each invocation's duration rounded up to the millisecond, as Lambda bills it. */
  billedMs: number;
  /** Invocations running now (an interrupted execution's tasks run on, as Lambda's would). */
  inFlight: number;
  /** Mails handed on (sent through the mailer, or queued) per recipient. */
  readonly mailsTo: Map<string, number>;
}

/** Port methods that hand a mail on, and where each finds the recipients in its first argument. */
const MAIL_METHODS: Readonly<Record<string, (argument: unknown) => readonly string[] | undefined>> = {
  send: (mail) => (mail as { to?: readonly string[] } | undefined)?.to,
  enqueue: (queued) => (queued as { mail?: { to?: readonly string[] } } | undefined)?.mail?.to,
  enqueueCapped: (queued) => (queued as { mail?: { to?: readonly string[] } } | undefined)?.mail?.to,
};

/** A refusal of the queue (already queued, over the cap) hands nothing on. */
const handedOn = (result: unknown): boolean => result !== 'already-queued' && result !== 'cap-reached';

/**
 * Wraps every dependency that hands mails on (the mailer's `send`, the mail queue's `enqueue*`)
 * so each mail is counted per recipient when its call succeeds. Found by method name rather than
 * by dependency name, so the count survives the move from sending to queuing (BRIEF4, helper A).
 */
const countingMails = <D extends object>(deps: D, meter: TaskMeter): D =>
  Object.fromEntries(
    Object.entries(deps).map(([name, dependency]) => {
      if (
        typeof dependency !== 'object' ||
        dependency === null ||
        !Object.keys(MAIL_METHODS).some((method) => typeof (dependency as Record<string, unknown>)[method] === 'function')
      )
        return [name, dependency];
      const counted = new Proxy(dependency as object, {
        get: (target, property) => {
          const value: unknown = Reflect.get(target, property, target);
          if (typeof value !== 'function') return value;
          const recipients = typeof property === 'string' ? MAIL_METHODS[property] : undefined;
          if (recipients === undefined) return value.bind(target);
          return async (...args: unknown[]) => {
            const result: unknown = await value.apply(target, args);
            if (handedOn(result)) for (const to of recipients(args[0]) ?? []) meter.mailsTo.set(to, (meter.mailsTo.get(to) ?? 0) + 1);
            return result;
          };
        },
      });
      return [name, counted];
    }),
  ) as D;

/**
 * The local cloud's `loadHandler` for the bench: the workflow capability runs its real task
 * dispatcher (functions/workflow/handler.ts `runWorkflowTask`) with its real dependencies, timed
 * per invocation and with mails counted; every other capability loads its own handler unchanged.
 */
export const meteredWorkflowTasks = (): {
  readonly meter: TaskMeter;
  readonly loadHandler: (capability: WorkflowCapability) => Promise<LambdaHandler>;
} => {
  const meter: TaskMeter = { invocations: new Map(), billedMs: 0, inFlight: 0, mailsTo: new Map() };
  const loadHandler = async (capability: WorkflowCapability): Promise<LambdaHandler> => {
    if (capability !== 'workflow') return importCapabilityHandler(capability);
    // Loaded on first use, after the local cloud has set the environment the dependencies read.
    const { runWorkflowTask } = await import('../../functions/workflow/handler.ts');
    const { wiring } = await import('../../functions/workflow/wiring.ts');
    const deps = countingMails(wiring(), meter);
    return async (event) => {
      const task = String((event as { task?: unknown }).task);
      meter.invocations.set(task, (meter.invocations.get(task) ?? 0) + 1);
      meter.inFlight += 1;
      const started = performance.now();
      try {
        return await runWorkflowTask(deps, event);
      } finally {
        meter.billedMs += Math.ceil(performance.now() - started);
        meter.inFlight -= 1;
      }
    };
  };
  return { meter, loadHandler };
};
