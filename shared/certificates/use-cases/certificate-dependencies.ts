import type { StaffedSeasons } from '../ports/staffed-seasons.ts';
import type { IssuerLease } from '../ports/issuer-lease.ts';
import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { CertificateFiles } from '../ports/certificate-files.ts';
import type { CertificateRenderer } from '../ports/certificate-renderer.ts';
import type { CredentialSigner } from '../ports/credential-signer.ts';
import type { IssuerKeys } from '../ports/issuer-keys.ts';
import type { StatusLists } from '../ports/status-lists.ts';
import type { VerificationSite } from '../ports/verification-site.ts';
import type { CertificateHolders } from '../ports/certificate-holders.ts';
import type { CertificateStore } from '../ports/certificate-store.ts';
import type { Sequences } from '../ports/sequences.ts';

/** What the certificates use cases reach outside pure code for; each takes the part it needs. */
export interface CertificateDependencies {
  readonly certificates: CertificateStore;
  readonly holders: CertificateHolders;
  readonly sequences: Sequences;
  readonly signer: CredentialSigner;
  readonly issuerKeys: IssuerKeys;
  readonly statusLists: StatusLists;
  /** The public verification site: credentials, status lists, the issuer's keys, the verifier page. */
  readonly site: VerificationSite;
  /** The PDFs (shared/certificates/documents), loaded at the first render: they weigh more than everything else here. */
  readonly renderer: CertificateRenderer;
  readonly files: CertificateFiles;
  /** The holder's mail; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly lease: IssuerLease;
  /** The catalogue's staff scope: staff of a certificate's programme revoke it and list its season's. */
  readonly staffedSeasons: StaffedSeasons;
  readonly clock: () => Date;
  readonly newId: () => string;
}
