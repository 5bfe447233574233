import type { Profile } from '../../../applicants/domain/profile/profile-schema.ts';
import { personDigest } from '../../../relations/domain/person-digest.ts';
import type { PeopleRelation } from '../../../relations/people-relation-schema.ts';
import type { ExpertProfile } from '../../expert-profile-schema.ts';
import type { ApplicantConflictFacts, ExpertConflictFacts } from './detect-conflicts.ts';

/**
 * What an expert's profile gives the conflict check. The address from their sign-in is what ties
 * them to an applicant account (the two user pools share no id): an expert who saved their profile
 * before addresses were kept has none, and only their declared and detected conflicts count.
 */
export const expertConflictFacts = (profile: ExpertProfile): ExpertConflictFacts => ({
  organisation: profile.organisation,
  university: profile.university,
  region: profile.region,
  declared: profile.declaredConflicts,
  person: profile.email === undefined ? undefined : personDigest(profile.email),
});

/** What an applicant's profile and the people they were in teams or mentoring pairs with give the conflict check. */
export const applicantConflictFacts = (
  profile: Profile | undefined,
  region: string | undefined,
  relations: readonly PeopleRelation[],
): ApplicantConflictFacts => {
  const byPerson = new Map<string, PeopleRelation[]>();
  for (const relation of relations) byPerson.set(relation.person, [...(byPerson.get(relation.person) ?? []), relation]);
  return {
    fullName: profile === undefined ? '' : [profile.name.last, profile.name.first, profile.name.patronymic ?? ''].join(' '),
    region: profile?.region ?? region,
    organisations: [
      ...(profile?.workExperience.map((job) => job.organisation) ?? []),
      ...(profile?.activity.internships.map((internship) => internship.organisation) ?? []),
      ...(profile?.activity.organisations.map((membership) => membership.name) ?? []),
    ],
    universities: profile?.education.map((study) => study.institution) ?? [],
    person: profile === undefined ? undefined : personDigest(profile.contacts.email),
    relations: byPerson,
  };
};
