import type { ConflictRules } from '../../../catalogue/domain/config/expert-settings-schema.ts';
import type { PeopleRelation } from '../../../relations/people-relation-schema.ts';
import type { Conflict } from './conflict.ts';
import { describeRelation } from './describe-relation.ts';
import { normaliseOrganisation } from './normalise-organisation.ts';

/** What an expert's profile says that can conflict with an applicant. */
export interface ExpertConflictFacts {
  readonly organisation?: string | undefined;
  readonly university?: string | undefined;
  readonly region?: string | undefined;
  readonly declared: readonly DeclaredConflict[];
  /** The digest of the address the expert signs in with (relations/domain/person-digest.ts), if known. */
  readonly person?: string | undefined;
}

export type DeclaredConflict =
  | { readonly kind: 'person'; readonly name: string }
  | { readonly kind: 'organisation'; readonly name: string }
  | { readonly kind: 'region'; readonly region: string };

/** What an applicant's profile and cadre's records say that can conflict with an expert. */
export interface ApplicantConflictFacts {
  /** "Surname Name Patronymic", as the profile has it. */
  readonly fullName: string;
  readonly region?: string | undefined;
  /** Where the applicant works or worked. */
  readonly organisations: readonly string[];
  /** Where the applicant studies or studied. */
  readonly universities: readonly string[];
  /** The digest of the applicant's own address, if known. */
  readonly person?: string | undefined;
  /** The people the applicant was in a team or a mentoring pair with, in any season, by their digest. */
  readonly relations: ReadonlyMap<string, readonly PeopleRelation[]>;
}

const normalisePerson = (name: string): string => normaliseOrganisation(name);

/**
 * Every conflict of interest between an expert and an applicant, declared and detected. Pure and
 * cheap: an assignment run calls it for every (expert, application) pair it considers.
 */
export const detectConflicts = (expert: ExpertConflictFacts, applicant: ApplicantConflictFacts, rules: ConflictRules): Conflict[] => {
  const conflicts: Conflict[] = [];
  const organisations = new Map(applicant.organisations.map((name) => [normaliseOrganisation(name), name]));
  const universities = new Map(applicant.universities.map((name) => [normaliseOrganisation(name), name]));
  const applicantName = normalisePerson(applicant.fullName);

  for (const declared of expert.declared) {
    if (declared.kind === 'person' && normalisePerson(declared.name) === applicantName) {
      conflicts.push({ kind: 'declared-person', source: 'declared', detail: 'a person the expert named' });
    } else if (declared.kind === 'organisation') {
      const key = normaliseOrganisation(declared.name);
      const matched = organisations.get(key) ?? universities.get(key);
      if (key !== '' && matched !== undefined) conflicts.push({ kind: 'declared-organisation', source: 'declared', detail: matched });
    } else if (declared.kind === 'region' && declared.region === applicant.region) {
      conflicts.push({ kind: 'declared-region', source: 'declared', detail: declared.region });
    }
  }

  const expertOrganisation = expert.organisation === undefined ? '' : normaliseOrganisation(expert.organisation);
  const sameOrganisation = organisations.get(expertOrganisation) ?? universities.get(expertOrganisation);
  if (expertOrganisation !== '' && sameOrganisation !== undefined) {
    conflicts.push({ kind: 'same-organisation', source: 'detected', detail: sameOrganisation });
  }
  const expertUniversity = expert.university === undefined ? '' : normaliseOrganisation(expert.university);
  const sameUniversity = universities.get(expertUniversity);
  if (expertUniversity !== '' && sameUniversity !== undefined) {
    conflicts.push({ kind: 'same-university', source: 'detected', detail: sameUniversity });
  }
  if (rules.sameRegion && expert.region !== undefined && expert.region === applicant.region) {
    conflicts.push({ kind: 'same-region', source: 'detected', detail: expert.region });
  }
  if (expert.person !== undefined) {
    if (expert.person === applicant.person) {
      conflicts.push({ kind: 'same-person', source: 'detected', detail: 'the expert signs in with the applicant’s own address' });
    }
    for (const relation of applicant.relations.get(expert.person) ?? []) {
      conflicts.push({ kind: 'past-relation', source: 'relation', detail: describeRelation(relation) });
    }
  }
  return conflicts;
};
