import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { PartnerOrganisationResolver } from '../../partners/ports/partner-organisation-resolver.ts';
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
  /** Which registered organisation a partner acts for (shared/partners): who scores on an organisation's interview panel. */
  readonly partnerOrganisation: PartnerOrganisationResolver;
  /** Reminders to experts; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly clock: () => Date;
}
