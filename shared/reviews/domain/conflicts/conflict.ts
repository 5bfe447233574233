/**
 * Why an expert may not review an application, with the source staff need to judge an override:
 * `declared` by the expert, `detected` from profiles (`same-person`: the expert signed in with the
 * applicant's own address), or a `relation` cadre recorded in an earlier or the current season (a
 * team or a mentoring pair the expert and the applicant were in together).
 */
export const CONFLICT_KINDS = [
  'declared-person',
  'declared-organisation',
  'declared-region',
  'same-organisation',
  'same-university',
  'same-region',
  'same-person',
  'past-relation',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_SOURCES = ['declared', 'detected', 'relation'] as const;
export type ConflictSource = (typeof CONFLICT_SOURCES)[number];

export interface Conflict {
  readonly kind: ConflictKind;
  readonly source: ConflictSource;
  /**
   * What matched, as staff may see it: an organisation's or university's name, a region code, a
   * relation's description. Never the applicant's name: staff reach that through the application.
   */
  readonly detail: string;
}
