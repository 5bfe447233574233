import type { ApplicantFacts } from '../../catalogue/domain/config/applicant-facts.ts';
import { ageAt } from './age-at.ts';
import type { Profile, ProfileContent } from './profile/profile-schema.ts';

export interface FactsContext {
  /** The season's reference date, on which age is taken. */
  readonly referenceDate: string;
  /** From the application, where the programme has participant roles. */
  readonly participantRole?: string | undefined;
  /** From the application, where the programme offers internship levels. */
  readonly preferredInternshipLevel?: string | undefined;
}

/**
 * The facts track and eligibility rules may test, derived from the profile (and two choices on the
 * application). Rules never see the profile itself. The activity facts count past as well as
 * current experience: the ПроКадры concept segments by experience had (“прошедшие стажировки или
 * проходящие их”), and only service in state or municipal bodies and internships in public
 * bodies count as such, as the concept says.
 */
export const applicantFacts = (
  profile: Pick<Profile | ProfileContent, 'birthDate' | 'education' | 'workExperience' | 'activity'>,
  context: FactsContext,
): ApplicantFacts => ({
  age: Math.min(120, ageAt(profile.birthDate, context.referenceDate)),
  publicServiceExperience: profile.workExperience.some((work) => work.publicService),
  publicAdministrationEducation: profile.education.some((education) => education.publicAdministration),
  youthOrganisationExperience: profile.activity.organisations.length > 0,
  ownProjects: profile.activity.ownProjects.length > 0,
  pastInternships: profile.activity.internships.some((internship) => internship.publicBody),
  youthGovernmentMember: profile.activity.youthGovernment.length > 0,
  ...(context.participantRole === undefined ? {} : { participantRole: context.participantRole }),
  ...(context.preferredInternshipLevel === undefined ? {} : { preferredInternshipLevel: context.preferredInternshipLevel }),
});
