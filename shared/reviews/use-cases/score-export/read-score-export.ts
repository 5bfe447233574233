import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { scoreExportViewOf, type ScoreExport, type ScoreExportView } from '../../score-export-schema.ts';
import type { ScoreExportDependencies } from './score-export-dependencies.ts';

/** The export, for staff of its season's programme; another season's export id answers the same 404 as a missing one. */
export const findStaffedScoreExport = async (
  deps: Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports'>,
  identity: Identity,
  seasonId: string,
  exportId: string,
): Promise<ScoreExport> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.scoreExports.find(seasonId, exportId);
  if (run === undefined) throw notFound('score export');
  return run;
};

export const readScoreExport = async (
  deps: Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports'>,
  identity: Identity,
  seasonId: string,
  exportId: string,
): Promise<ScoreExportView> => scoreExportViewOf(await findStaffedScoreExport(deps, identity, seasonId, exportId));
