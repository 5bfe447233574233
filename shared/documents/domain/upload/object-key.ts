import { DOCUMENT_FORMATS, type DocumentFormat } from '../../../catalogue/domain/config/document-requirements-schema.ts';

/**
 * Every application document under one prefix: the documents Lambda's IAM grant, the malware
 * protection plan and erasure all work by prefix.
 */
export const DOCUMENT_OBJECT_PREFIX = 'applications/';

export const documentKeyPrefix = (applicationId: string, documentId: string): string =>
  `${DOCUMENT_OBJECT_PREFIX}${applicationId}/${documentId}/`;

/** Longest stem kept in a key; the original name is kept whole on the record for downloads. */
const MAX_STEM = 80;

/**
 * The object key: the prefix plus a file name reduced to safe ASCII with the format's own
 * extension. Applicants' file names carry Cyrillic, spaces, slashes and dots; none of that belongs
 * in a key (paths, URL encoding, a misleading `.pdf.exe`).
 */
export const documentObjectKey = (applicationId: string, documentId: string, fileName: string, format: DocumentFormat): string => {
  const stem = fileName
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM);
  return `${documentKeyPrefix(applicationId, documentId)}${stem === '' ? 'document' : stem}.${DOCUMENT_FORMATS[format].extension}`;
};
