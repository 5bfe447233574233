import * as z from 'zod';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { findReadableDossier } from './access/application-access.ts';
import { documentNotVerified } from '../document-errors.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';

/** Long enough to start a download, short enough that a forwarded link is soon useless. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

export const downloadLinkSchema = z.strictObject({ url: z.string().max(8192), expiresAt: isoDateTime() });
export type DownloadLink = z.infer<typeof downloadLinkSchema>;

/** A presigned GET of exactly the verified version, saved under the applicant's original file name. */
export const getDownloadLink = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'store' | 'clock'>,
  identity: Identity,
  applicationId: string,
  documentId: string,
): Promise<DownloadLink> => {
  const { dossier, asOwner } = await findReadableDossier(deps, identity, applicationId);
  const document = dossier.documents.find((candidate) => candidate.id === documentId);
  if (document === undefined) throw notFound('document');
  if (document.status !== 'verified') {
    // Experts do not see unverified documents at all (listDocuments hides them), so none exists for them.
    if (!asOwner && !identity.roles.includes('staff')) throw notFound('document');
    throw documentNotVerified();
  }
  const url = await deps.store.downloadUrl({
    object: { key: document.objectKey, size: document.size ?? 0, versionId: document.objectVersionId },
    fileName: document.fileName,
    contentType: document.contentType,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return { url, expiresAt: new Date(deps.clock().getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString() };
};
