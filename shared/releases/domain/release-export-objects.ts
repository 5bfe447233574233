/**
 * Where push exports' files live in the documents bucket: a prefix of their own, so one function
 * may write exactly these objects and the bucket's lifecycle deletes them a day after the mailed
 * link stops working (RELEASE_EXPORT_FILE_DAYS > the link's 72 hours).
 */
export const RELEASE_EXPORT_PREFIX = 'exports/release-exports/';

/** How long the mailed link opens the file: long enough for a contact back from a weekend. */
export const RELEASE_EXPORT_LINK_HOURS = 72;
/** Days the file (and its record) is kept: the link's three and one to spare. */
export const RELEASE_EXPORT_FILE_DAYS = 4;
/** The presigned GET a download redirects to: seconds, since the mailed link is the way in. */
export const RELEASE_EXPORT_REDIRECT_SECONDS = 5 * 60;

export const releaseExportFileKey = (organisationId: string, exportId: string, extension: string): string =>
  `${RELEASE_EXPORT_PREFIX}${organisationId}/${exportId}.${extension}`;

export const releaseExportFileName = (seasonId: string, requestedAt: string, extension: string): string =>
  `releases-${seasonId}-${requestedAt.slice(0, 16).replace(/[:T]/g, '-')}.${extension}`;
