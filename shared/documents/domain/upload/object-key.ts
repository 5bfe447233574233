import { DOCUMENT_FORMATS, type DocumentFormat } from '../../../catalogue/domain/config/document-requirements-schema.ts';

/**
 * Where upload forms put files: the only prefix a form can target. Everything here is scanned for
 * malware and expires by the bucket's lifecycle unless confirmation copies it out; the documents
 * Lambda's IAM grants, the malware protection plan and the lifecycle rule all work by prefix.
 */
export const UPLOAD_OBJECT_PREFIX = 'uploads/';

/**
 * Where verified documents live: confirmation copies the exact version it verified here, server
 * side, and downloads serve that copy. No upload form can write here (IAM lets the documents Lambda
 * put objects here only as copies from the upload prefix), so re-posting a form after confirmation
 * cannot change what was verified, and the upload prefix's expiry never touches it.
 */
export const VERIFIED_OBJECT_PREFIX = 'verified/';

export const uploadKeyPrefix = (applicationId: string, documentId: string): string =>
  `${UPLOAD_OBJECT_PREFIX}${applicationId}/${documentId}/`;

/** Longest stem kept in a key; the original name is kept whole on the record for downloads. */
const MAX_STEM = 80;

/**
 * The key an upload form writes: the prefix plus a file name reduced to safe ASCII with the format's
 * own extension. Applicants' file names carry Cyrillic, spaces, slashes and dots; none of that
 * belongs in a key (paths, URL encoding, a misleading `.pdf.exe`).
 */
export const uploadObjectKey = (applicationId: string, documentId: string, fileName: string, format: DocumentFormat): string => {
  const stem = fileName
    .replace(/\.[A-Za-z0-9]{1,8}$/, '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM);
  return `${uploadKeyPrefix(applicationId, documentId)}${stem === '' ? 'document' : stem}.${DOCUMENT_FORMATS[format].extension}`;
};

/**
 * The key of one copy of a verified upload, with the upload's file name. Each copy has a key of its
 * own (`copyId`): when two confirmations race, each copies, one record wins, and the other removes
 * its copy without touching the winner's, even in stores that keep no versions.
 */
export const verifiedObjectKey = (
  document: { readonly applicationId: string; readonly id: string; readonly objectKey: string },
  copyId: string,
): string => `${VERIFIED_OBJECT_PREFIX}${document.applicationId}/${document.id}/${copyId}/${document.objectKey.split('/').at(-1) ?? ''}`;
