import type { Profile } from '../../../applicants/domain/profile/profile-schema.ts';
import type { ExpertProfile } from '../../expert-profile-schema.ts';
import type { ApplicantConflictFacts, ExpertConflictFacts } from './detect-conflicts.ts';

export const expertConflictFacts = (profile: ExpertProfile): ExpertConflictFacts => ({
  organisation: profile.organisation,
  university: profile.university,
  region: profile.region,
  declared: profile.declaredConflicts,
});

/**
 * What an applicant's profile gives the conflict check. Past mentoring and team relations are
 * not among them yet: cadre records a mentor as an application of the mentor's own applicant
 * account, which is not the same person id as their expert account.
 */
export const applicantConflictFacts = (profile: Profile | undefined, region: string | undefined): ApplicantConflictFacts => ({
  fullName: profile === undefined ? '' : [profile.name.last, profile.name.first, profile.name.patronymic ?? ''].join(' '),
  region: profile?.region ?? region,
  organisations: [
    ...(profile?.workExperience.map((job) => job.organisation) ?? []),
    ...(profile?.activity.internships.map((internship) => internship.organisation) ?? []),
    ...(profile?.activity.organisations.map((membership) => membership.name) ?? []),
  ],
  universities: profile?.education.map((study) => study.institution) ?? [],
  relations: [],
});
