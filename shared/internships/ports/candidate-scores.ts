/**
 * An application's scores per rubric, which the reviews module stores once a rubric's reviews are
 * in (an interview panel's among them); the function's wiring plugs its store in.
 */
export interface CandidateScores {
  /** Scores by rubric id; a rubric without a settled score is absent. */
  scoresOf(applicationId: string): Promise<ReadonlyMap<string, number>>;
  /**
   * One rubric's settled scores of a page of applications (a matching run's page), read together;
   * an application without one is absent.
   */
  rubricScoresOf(applicationIds: readonly string[], rubricId: string): Promise<ReadonlyMap<string, number>>;
}
