import type { QueuedMail } from '../../mail/ports/mail-queue.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { NotOfferedReason } from '../matching-run-schema.ts';
import type { Placement, PlacementStatus } from '../placement-schema.ts';

/** Why an answer or a step was not written: the placement changed (re-read it), or the offer has no seat left to accept. */
export type PlacementWriteRefusal = 'version-conflict' | 'offer-full';

export type PlacementWriteOutcome =
  | { readonly written: true; readonly placement: Placement }
  | { readonly written: false; readonly reason: PlacementWriteRefusal };

/** Which counter of the season's internship figures a step moves (in its own transaction). */
export type KpiCounter = 'started' | 'completed';

export interface PlacementFilter {
  readonly seasonId: string;
  readonly offerId?: string | undefined;
  /** Only this host organisation's placements (a partner's list). */
  readonly organisation?: string | undefined;
  readonly status?: PlacementStatus | undefined;
}

/** A season's internship figures. */
export interface InternshipKpiCounts {
  readonly started: number;
  readonly completed: number;
}

/**
 * Placements. An offered placement holds a seat on its offer (`held`, against the offer's `seats`)
 * and the application's one place in the stage (a guard item), both in the transaction that
 * offers it; an accepted one also counts against the seats (`accepted`), in the acceptance's
 * transaction, so no number of acceptances at once takes more than the offer's seats.
 */
export interface PlacementStore {
  /**
   * Offers the placement (status `offered`): the placement, the application's guard, a seat held
   * on the offer and a check that the application is still at the stage, in ONE transaction.
   * `exists`: this very placement is stored (a repeated page).
   */
  offer(placement: Placement): Promise<'offered' | 'exists' | NotOfferedReason>;
  /** Of these applications, those holding a place in the stage. */
  heldIn(stage: string, applicationIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Of these applications, the offers each was offered in the stage and declined or let expire (absent: none). */
  refusedIn(stage: string, applicationIds: readonly string[]): Promise<ReadonlyMap<string, ReadonlySet<string>>>;
  find(applicationId: string, placementId: string): Promise<Placement | undefined>;
  /** The application's latest placement (every stage), or undefined. */
  latest(applicationId: string): Promise<Placement | undefined>;
  /**
   * Writes the placement's `next` state over `previous` (conditional on its version and status).
   * Moving into `accepted` counts a seat accepted on the offer (refused `offer-full` when every
   * seat is accepted); into `declined` or `expired` gives the held seat and the application's guard
   * back and records the offer among those the application refused in the stage; `kpi` adds one
   * to the season's counter; `mails` are queued (each once, by its id). All in ONE transaction, so
   * the step's mails exist exactly when the step does, and for an answer or an expiry conditional on
   * the deadline too (`respondBy` after `now` to answer, at or before it to expire).
   */
  step(
    previous: Placement,
    next: Placement,
    options: { readonly kpi?: KpiCounter | undefined; readonly now: string; readonly mails?: readonly QueuedMail[] | undefined },
  ): Promise<PlacementWriteOutcome>;
  /** A season's placements (by offer and application), or one offer's, or one host's; optionally of one status. */
  list(filter: PlacementFilter, page: PageRequest): Promise<Page<Placement>>;
  /** Offered placements whose answer deadline has passed by `now`, every season, oldest deadline first. */
  overdue(now: string, limit: number): Promise<readonly Pick<Placement, 'applicationId' | 'id'>[]>;
  kpis(seasonId: string): Promise<InternshipKpiCounts>;
}
