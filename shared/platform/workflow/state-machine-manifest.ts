import type { Capability } from '../http/route.ts';

/**
 * Every state machine cadre runs. The ASL lives in its own file (infra/workflows/) and is the same text in AWS
 * (CDK `DefinitionBody.fromFile` with substitutions) and in the local cloud (aws-local-stepfunctions).
 * Each `${Name}` placeholder in the ASL is a Lambda ARN substitution naming the capability
 * whose handler runs that Task.
 */
export type WorkflowCapability = Capability | 'workflow' | 'exports';

export interface StateMachineManifest {
  /** Logical name; also the key used by the WorkflowStarter port. */
  readonly name: string;
  readonly file: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  /** ASL placeholder -> capability whose Lambda runs those Task states. */
  readonly taskFunctions: Readonly<Record<string, WorkflowCapability>>;
  /** Capabilities allowed to start executions (they get states:StartExecution and the ARN env var). */
  readonly startedBy: readonly Capability[];
  /** Environment variable carrying this machine's ARN to the starters. */
  readonly arnEnvVar: string;
  /** Starters that also ask whether an execution still runs (states:DescribeExecution on this machine's executions). */
  readonly describedBy?: readonly Capability[];
}

export const STATE_MACHINES = [
  {
    name: 'openSeason',
    file: 'open-season.asl.json',
    type: 'STANDARD',
    taskFunctions: { WorkflowTasksFunctionArn: 'workflow' },
    startedBy: ['programmes'],
    arnEnvVar: 'OPEN_SEASON_STATE_MACHINE_ARN',
  },
  {
    // One short execution per application move (staff decisions now; expert scores, partner
    // decisions later). EXPRESS: StartExecution at 6,000/s instead of Standard's 150-300/s, and
    // priced per request, not per state transition.
    name: 'applicationTransition',
    file: 'application-transition.asl.json',
    type: 'EXPRESS',
    taskFunctions: { WorkflowTasksFunctionArn: 'workflow' },
    // Staff decisions (applications), moves on a rubric score once its reviews are in (reviews), on
    // an internship placement's step (internships), and the mentor's and mentee's own moves
    // (mentoring: agreement, acceptance, completion).
    startedBy: ['applications', 'reviews', 'internships', 'mentoring'],
    arnEnvVar: 'APPLICATION_TRANSITION_STATE_MACHINE_ARN',
  },
  {
    // A cohort gate over a whole stage of a season: STANDARD (a gate may run for a long time, and
    // must not run twice by accident), priced per state transition, so it loops per page of the
    // stage index, never per application.
    name: 'cohortGate',
    file: 'cohort-gate.asl.json',
    type: 'STANDARD',
    taskFunctions: { WorkflowTasksFunctionArn: 'workflow' },
    startedBy: ['applications'],
    arnEnvVar: 'COHORT_GATE_STATE_MACHINE_ARN',
  },
  {
    // A rubric's reviews assigned over a whole stage, page after page: STANDARD for the same
    // reasons as a gate (long, must not run twice), two state transitions per page of 200. The
    // reviews function starts it and, to resume a run whose execution stopped, asks whether it runs.
    name: 'reviewAssignment',
    file: 'review-assignment.asl.json',
    type: 'STANDARD',
    taskFunctions: { WorkflowTasksFunctionArn: 'workflow' },
    startedBy: ['reviews'],
    describedBy: ['reviews'],
    arnEnvVar: 'REVIEW_ASSIGNMENT_STATE_MACHINE_ARN',
  },
  {
    // A CSV export of a season's review scores: STANDARD for the same reasons as a gate (it reads a
    // whole season, a page per state transition pair, and then joins the pages into one file).
    name: 'scoreExport',
    file: 'score-export.asl.json',
    type: 'STANDARD',
    taskFunctions: { WorkflowTasksFunctionArn: 'exports' },
    startedBy: ['reviews'],
    arnEnvVar: 'SCORE_EXPORT_STATE_MACHINE_ARN',
  },
  {
    // A stage's internship matching: STANDARD for the same reasons as a gate (long, must not run
    // twice), two state transitions per page of its inputs or of its offers, one for the match.
    // The internships function starts it and, to resume a run whose execution stopped, asks whether it runs.
    name: 'internshipMatching',
    file: 'internship-matching.asl.json',
    type: 'STANDARD',
    taskFunctions: { WorkflowTasksFunctionArn: 'workflow' },
    startedBy: ['internships'],
    describedBy: ['internships'],
    arnEnvVar: 'INTERNSHIP_MATCHING_STATE_MACHINE_ARN',
  },
] as const satisfies readonly StateMachineManifest[];

export type StateMachineName = (typeof STATE_MACHINES)[number]['name'];
