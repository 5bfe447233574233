/**
 * Projects' scores on a rubric (the project evaluation), which rank mentees for a mentor in a
 * matching: the reviews capability stores them; the function's wiring plugs its store in.
 */
export interface ProjectScores {
  /** Scores by application id; a project without a settled score on the rubric is absent. */
  scoresOf(applicationIds: readonly string[], rubricId: string): Promise<ReadonlyMap<string, number>>;
}
