import type { WorkflowStarter } from '../../../platform/workflow/workflow-starter.ts';
import type { PendingEffectRepository } from '../../ports/pending-effect-repository.ts';
import type { ShortlistReader } from '../../ports/shortlist-reader.ts';
import type { TeamMembershipReader } from '../../../teams/ports/team-membership-reader.ts';
import type { TransitionFailureRepository } from '../../ports/transition-failure-repository.ts';
import type { ApplicationDependencies } from '../../../applications/use-cases/application-dependencies.ts';

/** What deciding, applying and following up a transition reaches outside pure code for. */
export interface TransitionDependencies
  extends Pick<ApplicationDependencies, 'applications' | 'programmes' | 'seasons' | 'applicants' | 'mailQueue' | 'clock'> {
  readonly shortlist: ShortlistReader;
  /** The `team` guard's fact; the teams use cases write the memberships. */
  readonly teamMemberships: TeamMembershipReader;
  readonly pendingEffects: PendingEffectRepository;
  readonly transitionFailures: TransitionFailureRepository;
  readonly workflows: WorkflowStarter;
}
