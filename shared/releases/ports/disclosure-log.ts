import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Disclosure } from '../disclosure-schema.ts';

/**
 * The disclosure log, append-only. `append` writes every entry or throws: a read that could not log
 * what it is about to send sends nothing (it fails closed). There is no update and no delete.
 */
export interface DisclosureLog {
  append(entries: readonly Disclosure[]): Promise<void>;
  /** A person's own entries, newest first. */
  forApplicant(applicantId: string, page: PageRequest): Promise<Page<Disclosure>>;
  /** One application's entries, newest first. */
  forApplication(applicationId: string, page: PageRequest): Promise<Page<Disclosure>>;
  /** A season's entries, newest first. */
  forSeason(seasonId: string, page: PageRequest): Promise<Page<Disclosure>>;
}
