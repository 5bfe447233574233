import type { ReadingAssignment } from '../../documents/ports/expert-assignments.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { RubricAggregate } from '../aggregate-schema.ts';
import type { Review } from '../review-schema.ts';

export type AssignOutcome = 'assigned' | 'already-assigned' | 'over-capacity' | 'not-in-pool';
export type UnassignOutcome = 'unassigned' | 'absent' | 'submitted';
export type ReviewWriteOutcome =
  | { readonly written: true; readonly review: Review }
  | { readonly written: false; readonly currentVersion: number };

/** Reviews (each the assignment of one expert to one application on one rubric) and the scores made of them. */
export interface ReviewStore {
  /** The review item and one more on the expert's pool load, in one transaction: never over capacity, never twice. */
  assign(review: Review): Promise<AssignOutcome>;
  /** A panel member's scorecard of an attended interview: the review alone, once, outside the pool's capacity. */
  openScorecard(review: Review): Promise<'opened' | 'already-open'>;
  /** Withdraws an assignment not yet submitted, and gives the expert's capacity back (a scorecard took none). */
  unassign(review: Pick<Review, 'applicationId' | 'expertId' | 'rubricId' | 'seasonId'>): Promise<UnassignOutcome>;
  find(applicationId: string, expertId: string, rubricId: string): Promise<Review | undefined>;
  /**
   * The expert's reviews of the application as the documents capability reads them: the document
   * requirements each shows, and the organisation a scorecard is scored for. None when they hold none.
   */
  readingAssignments(expertId: string, applicationId: string): Promise<readonly ReadingAssignment[]>;
  ofApplication(applicationId: string): Promise<readonly Review[]>;
  /** The expert's reviews in a season, by rubric then application. */
  ofExpert(expertId: string, seasonId: string, page: PageRequest): Promise<Page<Review>>;
  /** Every submitted review of the expert in a season on one rubric: what z-score normalisation measures them by. */
  submittedScoresOf(expertId: string, seasonId: string, rubricId: string): Promise<readonly number[]>;
  /** Replaces the review at the version read (a draft, or a submission, which counts once on the pool's progress). */
  save(review: Review, expectedVersion: number, options: { readonly firstSubmission: boolean }): Promise<ReviewWriteOutcome>;
  /** Stores the score unless one computed from newer reviews (a higher `basis`) is stored already. */
  saveAggregate(applicationId: string, aggregate: RubricAggregate): Promise<'saved' | 'superseded'>;
  /** The application's reviews and its scores per rubric, in one read (they sort next to each other in its partition). */
  reviewsWithScores(
    applicationId: string,
  ): Promise<{ readonly reviews: readonly Review[]; readonly aggregates: readonly RubricAggregate[] }>;
}
