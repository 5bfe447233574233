import type { Identity } from '../../../platform/auth/identity.ts';
import { SCORE_EXPORT_DAYS } from '../../domain/export/score-export-objects.ts';
import { scoreExportLayout } from '../../domain/export/score-export-layout.ts';
import { unknownExportRubric, unknownExportStage } from '../../review-errors.ts';
import { scoreExportViewOf, type ScoreExport, type ScoreExportInput, type ScoreExportView } from '../../score-export-schema.ts';
import type { ScoreExportDependencies } from './score-export-dependencies.ts';

/** Deterministic per export, so a start repeated after a lost answer is recognised (WorkflowStarter). */
export const scoreExportExecutionName = (exportId: string): string => `score-export-${exportId}`;

/**
 * Staff of the programme start an export of the season's review scores. The filters are checked
 * against the programme at once (a 422 names the one at fault); the run is written, then the
 * scoreExport machine reads the season's index shard by shard, page by page, and joins the pages
 * into one file. A request never reads the season: at a million applications that is minutes of
 * work, which a 30-second API call could not hold, and a page at a time keeps it resumable.
 */
export const startScoreExport = async (
  deps: Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports' | 'workflows' | 'newId' | 'clock'>,
  identity: Identity,
  seasonId: string,
  filters: ScoreExportInput,
): Promise<ScoreExportView> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const { pipeline, reviewRubrics } = programme.settings;
  if (filters.stage !== undefined && !pipeline.stages.some((stage) => stage.id === filters.stage)) throw unknownExportStage(filters.stage);
  const rubrics = reviewRubrics.filter((rubric) => filters.rubricId === undefined || rubric.id === filters.rubricId);
  if (rubrics.length === 0) throw unknownExportRubric(filters.rubricId);

  const now = deps.clock();
  const at = now.toISOString();
  const run: ScoreExport = {
    id: deps.newId(),
    seasonId,
    programmeId: programme.id,
    filters,
    layout: scoreExportLayout(rubrics),
    status: 'running',
    requestedBy: identity.subject,
    requestedAt: at,
    updatedAt: at,
    applications: 0,
    rows: 0,
    shards: Array.from({ length: deps.scoreExports.shards }, () => ({ page: 0, parts: 0, done: false })),
    expiresAt: Math.floor(now.getTime() / 1000) + SCORE_EXPORT_DAYS * 24 * 3600,
  };
  await deps.scoreExports.create(run);
  try {
    await deps.workflows.start({
      workflow: 'scoreExport',
      executionName: scoreExportExecutionName(run.id),
      input: { exportId: run.id, seasonId, shards: run.shards.map((_, shard) => shard) },
    });
  } catch (error) {
    // Nothing would ever run it: say so on the run rather than leave it `running` for ever.
    await deps.scoreExports.fail(run, { at, error: 'StartExecutionFailed', cause: error instanceof Error ? error.name : 'unknown' }, at);
    throw error;
  }
  return scoreExportViewOf(run);
};
