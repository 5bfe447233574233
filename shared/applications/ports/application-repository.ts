import type { Page, PageRequest } from '../../programmes/ports/page.ts';
import type { Application, ApplicationEvent } from '../application-schema.ts';

/** Filters of the staff list; `stage`, `track` and `region` combine (each a key prefix of a sharded index). */
export interface ApplicationFilter {
  readonly seasonId: string;
  readonly stage?: string | undefined;
  readonly track?: string | undefined;
  readonly region?: string | undefined;
}

export type WriteOutcome = 'written' | 'stale' | 'missing';

export interface ApplicationRepository {
  /**
   * Creates the application and its one-per-applicant-per-season guard in one transaction.
   * `exists` when the applicant already has an application in that season.
   */
  create(application: Application, event: ApplicationEvent): Promise<'created' | 'exists'>;
  find(applicationId: string): Promise<Application | undefined>;
  /** The applicant's application in a season, through the guard item. */
  findForApplicantInSeason(applicantId: string, seasonId: string): Promise<Application | undefined>;
  /**
   * Replaces the application if its stored version is `expectedVersion`, appending `event` to its
   * history in the same transaction (index keys are recomputed from the new state).
   */
  replace(application: Application, expectedVersion: number, event: ApplicationEvent): Promise<WriteOutcome>;
  history(applicationId: string): Promise<readonly ApplicationEvent[]>;
  listForApplicant(applicantId: string, page: PageRequest): Promise<Page<Application>>;
  /** Staff list: queries every shard of the matching index and merges in key order. */
  listForSeason(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>>;
}
