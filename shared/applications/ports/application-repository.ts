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

export type CreateOutcome = { readonly outcome: 'created' } | { readonly outcome: 'exists'; readonly applicationId: string };

/** Extra conditions of a replace, on top of the version: where the application must still be. */
export interface ReplaceCondition {
  readonly stage?: string | undefined;
  /** Refuse if the stored application has a `submittedAt`. */
  readonly unsubmitted?: boolean | undefined;
}

export interface ApplicationWithHistory {
  readonly application: Application;
  readonly history: readonly ApplicationEvent[];
}

export interface ApplicationRepository {
  /**
   * Creates the application, its `created` event and its one-per-applicant-per-season guard in one
   * transaction. `exists` (with the existing application's id, read from the guard the transaction
   * refused on) when the applicant already has an application in that season.
   */
  create(application: Application, event: ApplicationEvent): Promise<CreateOutcome>;
  find(applicationId: string): Promise<Application | undefined>;
  /** The application and its history, oldest event first, in one Query of its partition. */
  findWithHistory(applicationId: string): Promise<ApplicationWithHistory | undefined>;
  /** The applicant's application in a season, through the guard item. */
  findForApplicantInSeason(applicantId: string, seasonId: string): Promise<Application | undefined>;
  /**
   * Replaces the application if its stored version is `expectedVersion` (and `condition` holds),
   * appending `event` to its history in the same transaction (index keys are recomputed from the
   * new state); without an event (a draft edit is not history) it is one conditional write.
   * `stale` also covers a concurrent transaction on the same item: re-read and decide.
   */
  replace(application: Application, expectedVersion: number, event: ApplicationEvent | undefined, condition?: ReplaceCondition): Promise<WriteOutcome>;
  history(applicationId: string): Promise<readonly ApplicationEvent[]>;
  listForApplicant(applicantId: string, page: PageRequest): Promise<Page<Application>>;
  /** Staff list: queries every shard of the matching index and merges in key order. */
  listForSeason(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>>;
}
