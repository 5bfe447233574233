import type { Application } from '../../applications/application-schema.ts';
import type { ShortlistRule } from '../../catalogue/domain/config/shortlist-rule-schema.ts';

/**
 * Whether an application meets its programme's shortlist rule NOW (the `shortlist` guard of a
 * transition): its stored learning progress judged against its season's current course catalogue
 * under the rule given, as the education block's own view computes `meetsShortlistRule`. The
 * education block owns progress, catalogue and that computation (education's `currentShortlist`
 * has this shape); the function's wiring plugs it in here, so progression reads no education
 * items itself and trusts no precomputed answer a later catalogue or rule edit could have made stale.
 */
export interface ShortlistReader {
  /** One application: its progress and its season's catalogue, read strongly consistently. */
  isShortlisted(application: Pick<Application, 'id' | 'seasonId' | 'track'>, rule: ShortlistRule | undefined): Promise<boolean>;
  /**
   * The same answers for a page of one season's applications (a cohort gate's page): at the first
   * question the season's catalogue is read once and the progress of every application of the page
   * in one batched read; an application outside the page is read on its own.
   */
  forPage(seasonId: string, applicationIds: readonly string[]): ShortlistReader;
}
