/**
 * What happens once an application's score on a rubric is stored: progression may move the
 * application (a `system` transition its programme waits on the score for). The function's wiring
 * plugs progression's use case in.
 */
export interface ScoreFollowUp {
  scoreRecorded(applicationId: string, rubricId: string): Promise<void>;
}
