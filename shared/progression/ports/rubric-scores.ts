/**
 * An application's score on each rubric (the `rubricScore` guard's fact): the reviews module
 * stores one once every review a rubric waits for is in; the function's wiring plugs its store in.
 */
export interface RubricScores {
  /** Scores by rubric id; a rubric without one yet, or whose reviewers disagree and wait for one more, is absent. */
  scoresOf(applicationId: string): Promise<ReadonlyMap<string, number>>;
}
