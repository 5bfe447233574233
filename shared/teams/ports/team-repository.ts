import type { Application } from '../../applications/application-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Team } from '../team-schema.ts';
import type { TeamMembership, TeamMembershipReader } from './team-membership-reader.ts';

/** A person who joins a team with this save, and the stages their application must still be in when it commits. */
export interface JoiningPerson {
  readonly applicationId: string;
  readonly stages: readonly string[];
}

/** What a save changes besides the team item: guards claimed for people joining, released for people leaving. */
export interface TeamChange {
  /** 0 creates the team (it must not exist); otherwise the stored version the save replaces. */
  readonly expectedVersion: number;
  readonly joining: readonly JoiningPerson[];
  readonly leaving: readonly string[];
}

export type SaveTeamOutcome =
  | { readonly saved: true }
  /** The team changed (or appeared, or went) since it was read. */
  | { readonly saved: false; readonly reason: 'stale' }
  /** Another team's transaction claimed these people first (application id -> the team holding it). */
  | { readonly saved: false; readonly reason: 'claimed'; readonly claimed: ReadonlyMap<string, string> }
  /** These people's applications left the allowed stages (or the season) before the save committed. */
  | { readonly saved: false; readonly reason: 'moved'; readonly moved: readonly string[] };

export interface TeamRepository extends TeamMembershipReader {
  find(seasonId: string, teamId: string): Promise<Team | undefined>;
  /** A season's teams by id, one page; the cursor is this list's own. */
  list(seasonId: string, page: PageRequest): Promise<Page<Team>>;
  /** The applications among `applicationIds` that exist (strongly consistent), in no particular order. */
  applicationsOf(applicationIds: readonly string[]): Promise<readonly Application[]>;
  /** The memberships held by `applicationIds` (application id -> membership). */
  membershipsOf(applicationIds: readonly string[]): Promise<ReadonlyMap<string, TeamMembership>>;
  /**
   * Writes the team, claims the guard of everyone joining (refused if any guard exists), checks each
   * joiner's application is still in the season and one of their stages, and releases the guards of
   * everyone leaving: ONE transaction, so two teams racing for a person cannot both win.
   */
  save(team: Team, change: TeamChange): Promise<SaveTeamOutcome>;
  /** Deletes the team (if still at its version) and releases every guard it holds, in one transaction. */
  dissolve(team: Team): Promise<'dissolved' | 'stale'>;
}
