import type { HolderCertificate } from '../../certificates/certificate-view.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/** The person's certificates, of every programme, as their holder lists them. */
export interface CertificateRecords {
  ofHolder(identity: Identity, page: PageRequest): Promise<Page<HolderCertificate>>;
}
