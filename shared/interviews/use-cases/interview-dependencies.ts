import type { MailQueue, MailRecall } from '../../mail/ports/mail-queue.ts';
import type { PartnerOrganisationResolver } from '../../partners/ports/partner-organisation-resolver.ts';
import type { PartnerOrganisations } from '../../partners/ports/partner-organisations.ts';
import type { InterviewStore } from '../ports/interview-store.ts';
import type { InterviewSubjects } from '../ports/interview-subjects.ts';
import type { PanelScorecards } from '../ports/panel-scorecards.ts';
import type { SeasonExperts } from '../ports/season-experts.ts';
import type { StaffedSeasons } from '../ports/staffed-seasons.ts';

/** What the interviews use cases reach outside pure code for; each takes the part it needs. */
export interface InterviewDependencies {
  readonly store: InterviewStore;
  readonly subjects: InterviewSubjects;
  readonly staffedSeasons: StaffedSeasons;
  readonly seasonExperts: SeasonExperts;
  readonly panelScorecards: PanelScorecards;
  /** The partner registry (shared/partners): an event's owner must be a registered federal ministry. */
  readonly organisations: Pick<PartnerOrganisations, 'find'>;
  /** Which registered organisation a partner acts for: their claims checked against the registry. */
  readonly partnerOrganisation: PartnerOrganisationResolver;
  /** Confirmations and reminders; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  /** A moved or cancelled booking takes its reminder back. */
  readonly mailRecall: MailRecall;
  readonly clock: () => Date;
}
