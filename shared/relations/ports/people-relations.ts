/**
 * Someone a capability brought together with others: by their applicant account, or, for a person
 * with none (a mentor of the workforce pool), by the address they sign in with. The latter relates
 * the others to them but holds no relations item of their own: conflicts are judged on applicants.
 */
export type RelatedPerson =
  | { readonly applicantId: string; readonly role: 'member' | 'mentor' }
  | { readonly email: string; readonly role: 'mentor' };

/** People a capability brought together in a season: a project team (its members and its mentor), or a mentoring pair. */
export interface RelatedGroup {
  readonly seasonId: string;
  /** The team that brought them together; a mentoring pair made outside a team has none. */
  readonly teamId?: string | undefined;
  readonly people: readonly RelatedPerson[];
}

/**
 * Who was with whom, for conflicts of interest in any later season. Recording is idempotent and
 * adds, never removes: a dissolved team or a person who left it stays a past relation. Teams (and
 * mentoring) record through this port; the function's wiring plugs the store in.
 */
export interface PeopleRelations {
  record(group: RelatedGroup): Promise<void>;
}
