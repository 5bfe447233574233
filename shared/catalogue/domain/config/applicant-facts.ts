import * as z from 'zod';

/**
 * The named facts about an applicant that track rules may test. The applications capability
 * derives them from the profile and the application; rules never see anything else, so a
 * programme cannot route people on data it did not declare.
 */
export const BOOLEAN_FACTS = [
  'publicServiceExperience',
  'publicAdministrationEducation',
  'youthOrganisationExperience',
  'ownProjects',
  'pastInternships',
  'youthGovernmentMember',
] as const;
export const NUMBER_FACTS = ['age'] as const;
export const TEXT_FACTS = ['participantRole', 'preferredInternshipLevel'] as const;

export type BooleanFact = (typeof BOOLEAN_FACTS)[number];
export type NumberFact = (typeof NUMBER_FACTS)[number];
export type TextFact = (typeof TEXT_FACTS)[number];

export const applicantFactsSchema = z.strictObject({
  publicServiceExperience: z.boolean(),
  publicAdministrationEducation: z.boolean(),
  youthOrganisationExperience: z.boolean(),
  ownProjects: z.boolean(),
  pastInternships: z.boolean(),
  youthGovernmentMember: z.boolean(),
  age: z.int().min(0).max(120),
  participantRole: z.string().max(40).optional(),
  preferredInternshipLevel: z.string().max(40).optional(),
});
export type ApplicantFacts = z.infer<typeof applicantFactsSchema>;
