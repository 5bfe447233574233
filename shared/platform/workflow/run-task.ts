import { describeUnexpectedError, logger } from '../observability/logger.ts';
import { businessMetrics } from '../observability/metrics.ts';
import { isTransientFault, TransientError } from './transient-error.ts';
import { workflowEventSchema, type WorkflowEvent } from './workflow-event.ts';

export type Task<D> = (deps: D, event: WorkflowEvent) => Promise<unknown>;

/**
 * A task function's one entry: Task states call it with `{ task, input }`, and the task's module
 * loads at its first call. Transient faults leave as `TransientError` (the states retry those with
 * backoff); anything else fails the state at once and its Catch records it. What the task recorded
 * as business metrics (a gate page's moves) is published as it ends, either way.
 */
export const runTask = async <D>(tasks: Readonly<Record<string, () => Promise<Task<D>>>>, deps: D, raw: unknown): Promise<unknown> => {
  const event = workflowEventSchema.parse(raw);
  const load = Object.hasOwn(tasks, event.task) ? tasks[event.task] : undefined;
  if (load === undefined) throw new Error(`Unknown workflow task: ${event.task}`);
  const task = await load();
  try {
    return await task(deps, event);
  } catch (error) {
    logger.warn('Workflow task failed', {
      task: event.task,
      workflow: event.workflow,
      transient: isTransientFault(error),
      ...describeUnexpectedError(error),
    });
    if (isTransientFault(error) && !(error instanceof TransientError)) {
      throw new TransientError(`Transient fault in ${event.task}: ${error instanceof Error ? error.name : 'unknown'}`, { cause: error });
    }
    throw error;
  } finally {
    await businessMetrics.flush();
  }
};
