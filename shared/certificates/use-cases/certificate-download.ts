import type { Identity } from '../../platform/auth/identity.ts';
import { certificateNotIssued } from '../certificate-errors.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';
import { certificatePdfKey } from './issue-certificate.ts';
import { ownCertificate } from './own-certificate.ts';

/** Long enough to start a download, short enough that a forwarded link is soon useless. */
export const CERTIFICATE_LINK_SECONDS = 5 * 60;

/**
 * A short-lived link to the holder's certificate PDF, saved under its number. A revoked one still
 * downloads (it is the holder's record of what was issued; its QR code says it is revoked).
 */
export const certificateDownload = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'files' | 'clock'>,
  identity: Identity,
  certificateId: string,
): Promise<{ readonly url: string; readonly expiresAt: string }> => {
  const certificate = await ownCertificate(deps, identity, certificateId);
  if (certificate.status === 'requested' || certificate.number === undefined) throw certificateNotIssued();
  const url = await deps.files.downloadUrl({
    key: certificatePdfKey(certificate.id),
    fileName: `${certificate.number}.pdf`,
    expiresInSeconds: CERTIFICATE_LINK_SECONDS,
  });
  return { url, expiresAt: new Date(deps.clock().getTime() + CERTIFICATE_LINK_SECONDS * 1000).toISOString() };
};
