import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Certificate } from '../certificate-schema.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/** A season's certificates for staff of its programme, in the order they were requested, with revocations' reasons. */
export const listSeasonCertificates = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<Omit<Certificate, 'credentialJwt'>>> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const listed = await deps.certificates.ofSeason(seasonId, page);
  return { ...listed, items: listed.items.map(({ credentialJwt: _signed, ...certificate }) => certificate) };
};
