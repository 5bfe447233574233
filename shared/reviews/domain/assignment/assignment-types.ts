/** An expert as the planner sees them: how many reviews they may still take, and what they can review. */
export interface AssignmentExpert {
  readonly id: string;
  /** Reviews the expert may hold this season, across rubrics. */
  readonly capacity: number;
  /** Reviews already held (assigned before this run, counted against capacity). */
  readonly load: number;
  readonly competences: readonly string[];
  /** Languages the expert reviews in, e.g. 'ru', 'en'. */
  readonly languages: readonly string[];
}

/** Reviews still wanted for one application under one rubric. */
export interface AssignmentRequest {
  readonly applicationId: string;
  readonly rubricId: string;
  /** Experts still wanted for this application and rubric (k minus those already assigned). */
  readonly wanted: number;
  /** An expert qualifies if they hold at least one of these; empty = any expert qualifies. */
  readonly competences: readonly string[];
  /** The application's language: the expert must review in it. */
  readonly language: string;
  /** Experts already assigned to this application (any rubric): never assigned twice. */
  readonly assigned: readonly string[];
}

export interface AssignmentInput {
  /** Expert ids are unique. */
  readonly experts: readonly AssignmentExpert[];
  /** One request per application and rubric. */
  readonly requests: readonly AssignmentRequest[];
  /**
   * True when the expert may not review the application (a declared or detected conflict of
   * interest). Called many times: must be cheap; the caller precomputes.
   */
  readonly conflicted: (expertId: string, applicationId: string) => boolean;
}

export interface PlannedAssignment {
  readonly applicationId: string;
  readonly rubricId: string;
  readonly expertId: string;
}

/**
 * Why a request is left short, judged after planning:
 * - `no-qualified-expert`: no expert has a matching competence and the language;
 * - `all-qualified-conflicted`: qualified experts exist, but each is conflicted or already on the application
 *   (before this run or in this plan, for this rubric or another; so also when fewer experts qualify than are wanted);
 * - `capacity-exhausted`: experts who could take it exist, but all of them are full.
 */
export type UnassignedReason = 'no-qualified-expert' | 'all-qualified-conflicted' | 'capacity-exhausted';

export interface UnassignedRequest {
  readonly applicationId: string;
  readonly rubricId: string;
  /** Experts wanted but not found. */
  readonly missing: number;
  readonly reason: UnassignedReason;
}

export interface ExpertLoad {
  readonly expertId: string;
  readonly capacity: number;
  /** Reviews held before this plan. */
  readonly before: number;
  /** Reviews held once the plan is carried out. */
  readonly after: number;
}

/** Every list is sorted by ids (application, rubric, expert), so equal inputs give equal plans. */
export interface AssignmentPlan {
  readonly assignments: readonly PlannedAssignment[];
  readonly unassigned: readonly UnassignedRequest[];
  /** Every expert of the input, planned for or not. */
  readonly loads: readonly ExpertLoad[];
}
