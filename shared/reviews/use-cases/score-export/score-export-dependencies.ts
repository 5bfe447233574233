import type { WorkflowStarter } from '../../../platform/workflow/workflow-starter.ts';
import type { ReviewStore } from '../../ports/review-store.ts';
import type { ScoreExportFiles } from '../../ports/score-export-files.ts';
import type { ScoreExportRuns } from '../../ports/score-export-runs.ts';
import type { SeasonApplicationPages } from '../../ports/season-application-pages.ts';
import type { StaffedSeasons } from '../../ports/staffed-seasons.ts';

/** What score exports reach outside pure code for: the routes take the request side, the state machine's tasks the rest. */
export interface ScoreExportDependencies {
  readonly staffedSeasons: StaffedSeasons;
  readonly scoreExports: ScoreExportRuns;
  readonly exportFiles: ScoreExportFiles;
  readonly applicationPages: SeasonApplicationPages;
  readonly reviews: Pick<ReviewStore, 'reviewsWithScores'>;
  readonly workflows: WorkflowStarter;
  readonly newId: () => string;
  readonly clock: () => Date;
}
