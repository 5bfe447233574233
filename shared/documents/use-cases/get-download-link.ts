import * as z from 'zod';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { findReadableApplication } from './access/application-access.ts';
import { documentNotVerified } from '../document-errors.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';

/** Long enough to start a download, short enough that a forwarded link is soon useless. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

export const downloadLinkSchema = z.strictObject({ url: z.string().max(8192), expiresAt: isoDateTime() });
export type DownloadLink = z.infer<typeof downloadLinkSchema>;

/** A presigned GET of the verified copy (exactly the bytes verified), saved under the applicant's original file name. */
export const getDownloadLink = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'experts' | 'actingOrganisation' | 'documents' | 'store' | 'clock'>,
  identity: Identity,
  applicationId: string,
  documentId: string,
): Promise<DownloadLink> => {
  // The document is read alongside the access check; only a caller who passes it learns anything.
  const [{ reads }, document] = await Promise.all([
    findReadableApplication(deps, identity, applicationId),
    deps.documents.find(applicationId, documentId),
  ]);
  if (document === undefined) throw notFound('document');
  // Experts see neither unverified documents nor those of requirements their assignment does not list (listDocuments leaves them out), so none exists for them.
  if (reads !== 'every-document' && (document.status !== 'verified' || !reads.verifiedOf.has(document.requirementId)))
    throw notFound('document');
  if (document.status !== 'verified') throw documentNotVerified();
  if (document.verifiedObject === undefined) throw new Error(`Verified document ${document.id} has no verified copy`);
  const url = await deps.store.downloadUrl({
    object: { ...document.verifiedObject, size: document.size ?? 0 },
    fileName: document.fileName,
    contentType: document.contentType,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return { url, expiresAt: new Date(deps.clock().getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString() };
};
