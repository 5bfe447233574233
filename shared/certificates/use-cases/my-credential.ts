import type { Identity } from '../../platform/auth/identity.ts';
import { certificateNotIssued } from '../certificate-errors.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';
import { ownCertificate } from './own-certificate.ts';

/**
 * The holder's Open Badges 3.0 credential for a wallet: the signed JWT (what a wallet imports and
 * any verifier checks) and its payload as JSON (what a person reads).
 */
export const myCredential = async (
  deps: Pick<CertificateDependencies, 'certificates'>,
  identity: Identity,
  certificateId: string,
): Promise<{ readonly jwt: string; readonly credential: Record<string, unknown> }> => {
  const certificate = await ownCertificate(deps, identity, certificateId);
  const jwt = certificate.credentialJwt;
  if (certificate.status === 'requested' || jwt === undefined) throw certificateNotIssued();
  const payload = jwt.split('.')[1] ?? '';
  return { jwt, credential: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown> };
};
