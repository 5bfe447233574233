/** One review assignment of an expert to an application, as far as reading documents goes. */
export interface ReadingAssignment {
  /** The requirements whose verified documents the assignment's rubric shows (its blind policy). */
  readonly requirements: ReadonlySet<string>;
  /**
   * Set on a scorecard of an interview a partner organisation owns (its registry id): it is read
   * for that organisation, so only while its holder acts for it.
   */
  readonly panelOrganisation?: string | undefined;
}

/**
 * Which of an application's documents an expert may read: those of the requirements their review
 * assignments list, verified. The reviews module owns assignments; the function's wiring plugs its
 * store in.
 */
export interface ExpertAssignments {
  /** The expert's assignments to the application: none when they are not assigned to it. */
  readingAssignments(expertId: string, applicationId: string): Promise<readonly ReadingAssignment[]>;
}
