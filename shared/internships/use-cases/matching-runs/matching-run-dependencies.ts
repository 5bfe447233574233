import type { ProgrammeRepository } from '../../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../../catalogue/ports/season-repository.ts';
import type { MailQueue } from '../../../mail/ports/mail-queue.ts';
import type { WorkflowStarter } from '../../../platform/workflow/workflow-starter.ts';
import type { CandidateScores } from '../../ports/candidate-scores.ts';
import type { MatchingInputs } from '../../ports/matching-inputs.ts';
import type { MatchingRuns } from '../../ports/matching-runs.ts';
import type { PlacementOffers } from '../../ports/offer-facts.ts';
import type { PlacementRecipients } from '../../ports/placement-recipients.ts';
import type { PlacementStore } from '../../ports/placement-store.ts';
import type { StaffedSeasons } from '../../ports/internship-seasons.ts';

/** What staff's run routes reach outside pure code for. */
export interface MatchingRunDependencies {
  readonly runs: MatchingRuns;
  readonly workflows: WorkflowStarter;
  readonly staffedSeasons: StaffedSeasons;
  readonly clock: () => Date;
}

/** What the internshipMatching machine's steps reach for. */
export interface MatchingStepDependencies {
  readonly runs: MatchingRuns;
  readonly inputs: MatchingInputs;
  readonly placements: Pick<PlacementStore, 'offer' | 'heldIn' | 'refusedIn' | 'find'>;
  readonly recipients: PlacementRecipients;
  /** The reviews' scores: the rubric that got applicants into the stage orders those hosts did not rank. */
  readonly scores: Pick<CandidateScores, 'rubricScoresOf'>;
  readonly offers: PlacementOffers;
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
  readonly seasons: Pick<SeasonRepository, 'find'>;
  readonly mailQueue: MailQueue;
  readonly clock: () => Date;
  /** Applications (and offers) per input page; at most MAX_MATCHING_PAGE. Tests set a small one to make a stage span pages. */
  readonly pageSize: number;
}
