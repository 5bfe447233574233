import type { Season, SeasonStatus } from '../domain/seasons/season-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

export interface StatusChangeRequest {
  readonly seasonId: string;
  /** The change happens only from one of these statuses (a conditional write, not read-then-write). */
  readonly from: readonly SeasonStatus[];
  readonly to: SeasonStatus;
  readonly at: string;
  /** Counts a new opening attempt (each gets its own workflow execution). */
  readonly countOpeningAttempt?: boolean;
}

export type StatusChange =
  | { readonly outcome: 'changed'; readonly season: Season }
  | { readonly outcome: 'refused'; readonly season: Season }
  | { readonly outcome: 'missing' };

export interface SeasonRepository {
  /** Fails with season-exists if the id is taken. */
  create(season: Season): Promise<void>;
  find(seasonId: string): Promise<Season | undefined>;
  changeStatus(request: StatusChangeRequest): Promise<StatusChange>;
  /** Open seasons, the soonest-closing application window first. */
  listOpen(page: PageRequest): Promise<Page<Season>>;
  listByProgramme(programmeId: string, page: PageRequest): Promise<Page<Season>>;
}
