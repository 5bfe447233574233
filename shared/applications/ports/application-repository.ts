import type { DocumentRecord } from '../../documents/document-schema.ts';
import type { QueuedMail } from '../../mail/ports/mail-queue.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
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

/** What else commits with a replace, in its transaction. */
export interface ReplaceEffects {
  /** Queues a mail (the submission's receipt) only if the replace is written. */
  readonly queueMail?: { readonly mail: QueuedMail; readonly at: Date } | undefined;
}

/** Everything kept in an application's partition, read in one Query. */
export interface ApplicationDossier {
  readonly application: Application;
  /** Oldest event first; empty unless the history was asked for. */
  readonly history: readonly ApplicationEvent[];
  /** Every document record of the application (all attempts, any status). */
  readonly documents: readonly DocumentRecord[];
}

export interface ApplicationRepository {
  /**
   * Creates the application, its `created` event and its one-per-applicant-per-season guard in one
   * transaction. `exists` (with the existing application's id, read from the guard the transaction
   * refused on) when the applicant already has an application in that season.
   */
  create(application: Application, event: ApplicationEvent): Promise<CreateOutcome>;
  find(applicationId: string): Promise<Application | undefined>;
  /**
   * The application with its documents and expert assignments, and its history when asked for:
   * ONE strongly consistent Query of the application's partition (they all live there). Without
   * the history the Query stops below the history items, so a long history costs nothing.
   */
  findDossier(applicationId: string, options: { readonly history: boolean }): Promise<ApplicationDossier | undefined>;
  /** The applicant's application in a season, through the guard item. */
  findForApplicantInSeason(applicantId: string, seasonId: string): Promise<Application | undefined>;
  /**
   * Replaces the application if it is still stored as `stored` (the application as the caller read
   * it: same version; and `condition` holds), appending `event` to its history in the same
   * transaction (index keys are recomputed from the new state); without an event (a draft edit is
   * not history) it is one conditional write. The season's counters move by the difference between
   * `stored` and the new state in the same transaction; the counting bookkeeping (countersGeneration,
   * stagesEntered, stageEnteredAt) is the repository's, whatever the caller passes.
   * `stale` also covers a concurrent transaction on the same item: re-read and decide.
   * `effects` join the same transaction (a draft edit with effects becomes a transaction too).
   */
  replace(
    application: Application,
    stored: Application,
    event: ApplicationEvent | undefined,
    condition?: ReplaceCondition,
    effects?: ReplaceEffects,
  ): Promise<WriteOutcome>;
  listForApplicant(applicantId: string, page: PageRequest): Promise<Page<Application>>;
  /** Staff list: queries every shard of the matching index and merges in key order. */
  listForSeason(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>>;
}
