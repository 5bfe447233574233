import type { Identity } from '../../../platform/auth/identity.ts';
import { scoreExportFileName } from '../../domain/export/score-export-objects.ts';
import { scoreExportNotReady } from '../../review-errors.ts';
import type { ScoreExportLink } from '../../score-export-schema.ts';
import { findStaffedScoreExport } from './read-score-export.ts';
import type { ScoreExportDependencies } from './score-export-dependencies.ts';

/**
 * Minutes a download link lives: enough to start the download, short enough that a link pasted into
 * a chat or left in a browser's history soon opens nothing. Staff ask for a new one at any time.
 */
export const SCORE_EXPORT_LINK_SECONDS = 5 * 60;

/** A presigned GET of the ready file: the bytes go from S3 to the browser, never through the API (10 MB, 30 s). */
export const scoreExportLink = async (
  deps: Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports' | 'exportFiles' | 'clock'>,
  identity: Identity,
  seasonId: string,
  exportId: string,
): Promise<ScoreExportLink> => {
  const run = await findStaffedScoreExport(deps, identity, seasonId, exportId);
  if (run.status !== 'ready' || run.file === undefined) throw scoreExportNotReady(run.status);
  const fileName = scoreExportFileName(seasonId, run.requestedAt);
  const url = await deps.exportFiles.downloadUrl({ key: run.file.key, fileName, expiresInSeconds: SCORE_EXPORT_LINK_SECONDS });
  return { url, fileName, expiresAt: new Date(deps.clock().getTime() + SCORE_EXPORT_LINK_SECONDS * 1000).toISOString() };
};
