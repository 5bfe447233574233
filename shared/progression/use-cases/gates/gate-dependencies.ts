import type { GateRunRepository } from '../../ports/gate-run-repository.ts';
import type { StageIndexPages } from '../../ports/stage-index-pages.ts';
import type { StaffedSeasons } from '../../ports/staffed-seasons.ts';
import type { TransitionDependencies } from '../transitions/transition-dependencies.ts';

/** What cohort gates reach outside pure code for: the transition's own dependencies, the runs and the stage index. */
export interface GateDependencies extends TransitionDependencies {
  readonly gateRuns: GateRunRepository;
  readonly stagePages: StageIndexPages;
  readonly newId: () => string;
}

/**
 * What staff's gate routes add: that the caller is staff of the season's programme. The workflow
 * and the calendar tick go without it; they run what such a request, or the season's calendar, started.
 */
export interface GateRequestDependencies extends GateDependencies {
  readonly staffedSeasons: StaffedSeasons;
}
