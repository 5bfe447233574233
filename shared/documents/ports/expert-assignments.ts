/**
 * Which of an application's documents an expert may read: those of the requirements their review
 * assignments list (the rubric's blind policy), verified. The reviews module owns assignments; the
 * function's wiring plugs its store in.
 */
export interface ExpertAssignments {
  /** The requirement ids, or undefined when the expert is not assigned to the application. */
  readableRequirements(expertId: string, applicationId: string): Promise<ReadonlySet<string> | undefined>;
}
