/**
 * The business metrics progression reports as moves are written (CloudWatch in AWS). Programme and
 * stage ids only, never anything about the applicant: they become metric dimensions, which anyone
 * reading the dashboard sees and which must stay few.
 */
export interface ProgressionMetrics {
  /** An application was submitted (counted once more, as a move, by `applicationMoved`). */
  applicationSubmitted(programmeId: string): void;
  /** An application's move to `toStage` was written: submission, withdrawal, a decision, a gate, a score. */
  applicationMoved(programmeId: string, toStage: string): void;
}
