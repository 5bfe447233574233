import { describeUnexpectedError, logger } from '../../shared/platform/observability/logger.ts';
import { isTransientFault, TransientError } from '../../shared/platform/workflow/transient-error.ts';
import { announceSeasonTask } from './announce-season-task.ts';
import { applyTransitionTask } from './apply-transition-task.ts';
import { failGateRunTask } from './fail-gate-run-task.ts';
import { finishGateRunTask } from './finish-gate-run-task.ts';
import { processGatePageTask } from './process-gate-page-task.ts';
import { wiring, type WorkflowWiring } from './wiring.ts';
import { publishSeasonTask } from './publish-season-task.ts';
import { recordGatePageFailureTask } from './record-gate-page-failure-task.ts';
import { recordTransitionFailureTask } from './record-transition-failure-task.ts';
import { recordWorkflowFailureTask } from './record-workflow-failure-task.ts';
import { transitionEffectsTask } from './transition-effects-task.ts';
import { validateTransitionTask } from './validate-transition-task.ts';
import { workflowEventSchema, type WorkflowEvent } from './workflow-event.ts';

// Cold start: the container's clients and repositories, built once before the first task.
wiring();

type Task = (deps: WorkflowWiring, event: WorkflowEvent) => Promise<unknown>;

const TASKS: Readonly<Record<string, Task>> = {
  publishSeason: publishSeasonTask,
  announceSeason: announceSeasonTask,
  recordWorkflowFailure: recordWorkflowFailureTask,
  validateTransition: validateTransitionTask,
  applyTransition: applyTransitionTask,
  runTransitionEffects: transitionEffectsTask,
  recordTransitionFailure: recordTransitionFailureTask,
  processGatePage: processGatePageTask,
  recordGatePageFailure: recordGatePageFailureTask,
  finishGateRun: finishGateRunTask,
  failGateRun: failGateRunTask,
};

/**
 * The `workflow` capability: Task states of every state machine call this one function with
 * `{ task, input }`. Transient faults leave as `TransientError` (the states retry those with
 * backoff); anything else fails the state at once and its Catch records it.
 */
export const runWorkflowTask = async (deps: WorkflowWiring, raw: unknown): Promise<unknown> => {
  const event = workflowEventSchema.parse(raw);
  const task = TASKS[event.task];
  if (task === undefined) throw new Error(`Unknown workflow task: ${event.task}`);
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
  }
};

export const handler = (event: unknown): Promise<unknown> => runWorkflowTask(wiring(), event);
