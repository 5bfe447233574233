import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Certificate } from '../certificate-schema.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/** The caller's own certificate; anyone else's, or none, is the same 404, so certificate ids prove nothing. */
export const ownCertificate = async (
  deps: Pick<CertificateDependencies, 'certificates'>,
  identity: Identity,
  certificateId: string,
): Promise<Certificate> => {
  const certificate = await deps.certificates.find(certificateId);
  if (certificate === undefined || certificate.applicantId !== identity.subject) throw notFound('certificate');
  return certificate;
};
