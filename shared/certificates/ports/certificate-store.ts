import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Certificate } from '../certificate-schema.ts';

export type CertificateRequestOutcome = { readonly created: true } | { readonly created: false; readonly existing: Certificate };

/**
 * Certificates. An application holds at most one certificate of an achievement: a guard written in
 * the request's transaction, so a repeated effect, a retried gate page or two moves racing never
 * issue it twice.
 */
export interface CertificateStore {
  /** Writes a requested certificate with its guard; when the application already has one of the achievement, that one. */
  request(certificate: Certificate): Promise<CertificateRequestOutcome>;
  find(certificateId: string): Promise<Certificate | undefined>;
  /** Up to `limit` certificates waiting to be issued, oldest first across the queue's shards. */
  requested(limit: number): Promise<readonly Certificate[]>;
  /** Replaces the certificate at the version read; one no longer `requested` leaves the issuer's queue. */
  update(certificate: Certificate, expectedVersion: number): Promise<'written' | 'version-conflict'>;
  ofHolder(applicantId: string, page: PageRequest): Promise<Page<Certificate>>;
  ofSeason(seasonId: string, page: PageRequest): Promise<Page<Certificate>>;
}
