import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { holderCertificateView, type HolderCertificate } from '../certificate-view.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/** The caller's certificates of every programme, oldest first: one Query of their own index partition. */
export const listMyCertificates = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'site'>,
  identity: Identity,
  page: PageRequest,
): Promise<Page<HolderCertificate>> => {
  const listed = await deps.certificates.ofHolder(identity.subject, page);
  return { ...listed, items: listed.items.map((certificate) => holderCertificateView(certificate, deps.site.baseUrl)) };
};
