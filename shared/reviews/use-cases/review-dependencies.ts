import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { ExpertPool } from '../ports/expert-pool.ts';
import type { ExpertProfiles } from '../ports/expert-profiles.ts';
import type { ReviewStore } from '../ports/review-store.ts';
import type { ReviewSubjects } from '../ports/review-subjects.ts';
import type { ScoreFollowUp } from '../ports/score-follow-up.ts';
import type { StaffedSeasons } from '../ports/staffed-seasons.ts';

/** What the reviews use cases reach outside pure code for; each takes the part it needs. */
export interface ReviewDependencies {
  readonly profiles: ExpertProfiles;
  readonly pool: ExpertPool;
  readonly reviews: ReviewStore;
  readonly subjects: ReviewSubjects;
  readonly staffedSeasons: StaffedSeasons;
  readonly scoreFollowUp: ScoreFollowUp;
  /** Reminders to experts; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly clock: () => Date;
}
