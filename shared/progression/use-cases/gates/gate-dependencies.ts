import type { GateRunRepository } from '../../ports/gate-run-repository.ts';
import type { StageIndexPages } from '../../ports/stage-index-pages.ts';
import type { TransitionDependencies } from '../transitions/transition-dependencies.ts';

/** What cohort gates reach outside pure code for: the transition's own dependencies, the runs and the stage index. */
export interface GateDependencies extends TransitionDependencies {
  readonly gateRuns: GateRunRepository;
  readonly stagePages: StageIndexPages;
  readonly newId: () => string;
}
