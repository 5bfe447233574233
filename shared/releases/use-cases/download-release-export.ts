import { timingSafeEqual } from 'node:crypto';
import { notFound } from '../../platform/errors/common-errors.ts';
import { RELEASE_EXPORT_REDIRECT_SECONDS, releaseExportFileName } from '../domain/release-export-objects.ts';
import { linkSecretDigest } from './export-releases.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/**
 * The mailed link: the export's id and its secret open a presigned GET of the file for five
 * minutes, until the link's 72 hours are up. A wrong secret, an unknown id and an expired link all
 * answer the same 404. Every download is counted on the export; the disclosure itself was logged
 * when the export was made, per application.
 */
export const downloadReleaseExport = async (
  deps: Pick<ReleaseDependencies, 'exports' | 'exportFiles' | 'clock'>,
  exportId: string,
  secret: string,
): Promise<string> => {
  const record = await deps.exports.find(exportId);
  const now = deps.clock();
  const expected = Buffer.from(record?.linkSecretDigest ?? '0'.repeat(64), 'hex');
  const given = Buffer.from(linkSecretDigest(secret), 'hex');
  if (record === undefined || !timingSafeEqual(expected, given) || Date.parse(record.linkValidUntil) <= now.getTime())
    throw notFound('export');
  await deps.exports.recordDownload(exportId, now.toISOString());
  const extension = record.format;
  return deps.exportFiles.downloadUrl({
    key: record.fileKey,
    fileName: releaseExportFileName(record.seasonId, record.requestedAt, extension),
    contentType: CONTENT_TYPES[record.format],
    expiresInSeconds: RELEASE_EXPORT_REDIRECT_SECONDS,
  });
};
