import { runTask, type Task } from '../../shared/platform/workflow/run-task.ts';
import { wiring, type WorkflowWiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first task.
wiring();

/**
 * Each task's module loads at the task's first call, in a chunk of its own (as a capability's
 * routes do, shared/platform/http/route-loaders.ts): a container running gate pages never reads
 * the season-publishing code. A module is imported once; Node keeps it for the container's life.
 */
const TASKS: Readonly<Record<string, () => Promise<Task<WorkflowWiring>>>> = {
  publishSeason: () => import('./publish-season-task.ts').then((module) => module.publishSeasonTask),
  announceSeason: () => import('./announce-season-task.ts').then((module) => module.announceSeasonTask),
  recordWorkflowFailure: () => import('./record-workflow-failure-task.ts').then((module) => module.recordWorkflowFailureTask),
  validateTransition: () => import('./validate-transition-task.ts').then((module) => module.validateTransitionTask),
  applyTransition: () => import('./apply-transition-task.ts').then((module) => module.applyTransitionTask),
  runTransitionEffects: () => import('./transition-effects-task.ts').then((module) => module.transitionEffectsTask),
  recordTransitionFailure: () => import('./record-transition-failure-task.ts').then((module) => module.recordTransitionFailureTask),
  processGatePage: () => import('./process-gate-page-task.ts').then((module) => module.processGatePageTask),
  recordGatePageFailure: () => import('./record-gate-page-failure-task.ts').then((module) => module.recordGatePageFailureTask),
  finishGateRun: () => import('./finish-gate-run-task.ts').then((module) => module.finishGateRunTask),
  failGateRun: () => import('./fail-gate-run-task.ts').then((module) => module.failGateRunTask),
  processReviewAssignmentPage: () =>
    import('./process-review-assignment-page-task.ts').then((module) => module.processReviewAssignmentPageTask),
  finishReviewAssignmentRun: () => import('./finish-review-assignment-run-task.ts').then((module) => module.finishReviewAssignmentRunTask),
  failReviewAssignmentRun: () => import('./fail-review-assignment-run-task.ts').then((module) => module.failReviewAssignmentRunTask),
  processInternshipMatchingStep: () =>
    import('./process-internship-matching-step-task.ts').then((module) => module.processInternshipMatchingStepTask),
  finishInternshipMatchingRun: () =>
    import('./finish-internship-matching-run-task.ts').then((module) => module.finishInternshipMatchingRunTask),
  failInternshipMatchingRun: () => import('./fail-internship-matching-run-task.ts').then((module) => module.failInternshipMatchingRunTask),
};

/** The `workflow` capability: Task states of every state machine but the score export's call this one function. */
export const runWorkflowTask = (deps: WorkflowWiring, raw: unknown): Promise<unknown> => runTask(TASKS, deps, raw);

export const handler = (event: unknown): Promise<unknown> => runWorkflowTask(wiring(), event);
