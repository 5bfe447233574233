import { notFound } from '../../platform/errors/common-errors.ts';
import type { CertificateVerification } from '../certificate-view.ts';
import { verificationUrl } from '../domain/published-files.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/**
 * Whether a certificate stands, for anyone holding its id (from the QR code or the link): what the
 * paper itself says and nothing more. One not issued yet, or none, is 404. The static page at
 * `verificationUrl` checks the signed credential itself, and keeps working while this API is down.
 */
export const verifyCertificate = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'site'>,
  certificateId: string,
): Promise<CertificateVerification> => {
  const certificate = await deps.certificates.find(certificateId);
  if (
    certificate === undefined ||
    certificate.status === 'requested' ||
    certificate.number === undefined ||
    certificate.issuedAt === undefined
  )
    throw notFound('certificate');
  return {
    id: certificate.id,
    status: certificate.status === 'revoked' ? 'revoked' : 'valid',
    number: certificate.number,
    holderName: certificate.holderName,
    ...(certificate.holderErasedAt === undefined ? {} : { holderErased: true as const }),
    achievement: certificate.achievement.name,
    programmeName: certificate.programmeName,
    seasonTitle: certificate.seasonTitle,
    issuerName: certificate.issuerName,
    issuedAt: certificate.issuedAt,
    ...(certificate.revocation === undefined ? {} : { revokedAt: certificate.revocation.at }),
    verificationUrl: verificationUrl(deps.site.baseUrl, certificate.id),
  };
};
