import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { PeopleRelations } from '../../relations/ports/people-relations.ts';
import type { MenteeMoves } from '../ports/mentee-moves.ts';
import type { MentorPool } from '../ports/mentor-pool.ts';
import type { MentorProfiles } from '../ports/mentor-profiles.ts';
import type { MentoringPairs } from '../ports/mentoring-pairs.ts';
import type { MentoringSubjects } from '../ports/mentoring-subjects.ts';
import type { ProjectScores } from '../ports/project-scores.ts';
import type { RecommendationLetterStore } from '../ports/recommendation-letters.ts';
import type { StaffedSeasons } from '../ports/staffed-seasons.ts';

/** What the mentoring use cases reach outside pure code for; each takes the part it needs. */
export interface MentoringDependencies {
  readonly profiles: MentorProfiles;
  readonly pool: MentorPool;
  readonly pairs: MentoringPairs;
  readonly letters: RecommendationLetterStore;
  readonly subjects: MentoringSubjects;
  readonly staffedSeasons: StaffedSeasons;
  /** The `rankingRubric`'s scores: the reviews' store. */
  readonly scores: ProjectScores;
  /** Progression's transitions and withdrawal. */
  readonly moves: MenteeMoves;
  /** A pair agreed is a mentoring relation for conflicts of interest in any later review. */
  readonly relations: PeopleRelations;
  /** Proposals, letter requests, a letter signed off; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly clock: () => Date;
  readonly newId: () => string;
}
