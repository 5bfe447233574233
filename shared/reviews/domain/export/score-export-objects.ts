/**
 * Where an export's objects live in the documents bucket. Part objects (one per page of the season's
 * index that had rows) sit under their own prefix so the bucket can expire them within a day, once
 * the file is assembled from them; the file itself lives as long as the run (SCORE_EXPORT_DAYS).
 */
export const SCORE_EXPORT_PREFIX = 'exports/score-exports/';
export const SCORE_EXPORT_PART_PREFIX = 'exports/score-export-parts/';

/** How long an export and its file are kept: long enough to download, short enough not to become an archive of scores. */
export const SCORE_EXPORT_DAYS = 7;
/** Part objects are only needed until the file is assembled. */
export const SCORE_EXPORT_PART_DAYS = 1;

export const scoreExportFileKey = (seasonId: string, exportId: string): string => `${SCORE_EXPORT_PREFIX}${seasonId}/${exportId}.csv`;

export const scoreExportPartKey = (exportId: string, shard: number, part: number): string =>
  `${SCORE_EXPORT_PART_PREFIX}${exportId}/S${String(shard).padStart(2, '0')}-${String(part).padStart(6, '0')}.csv`;

export const scoreExportFileName = (seasonId: string, requestedAt: string): string =>
  `scores-${seasonId}-${requestedAt.slice(0, 16).replace(/[:T]/g, '-')}.csv`;
