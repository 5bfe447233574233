import type { CertificateHolders } from '../ports/certificate-holders.ts';
import type { CertificateStore } from '../ports/certificate-store.ts';
import type { Sequences } from '../ports/sequences.ts';

/** What the certificates use cases reach outside pure code for; each takes the part it needs. */
export interface CertificateDependencies {
  readonly certificates: CertificateStore;
  readonly holders: CertificateHolders;
  readonly sequences: Sequences;
  readonly clock: () => Date;
  readonly newId: () => string;
}
