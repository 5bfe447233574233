import { notFound } from '../../platform/errors/common-errors.ts';
import type { Profile } from '../domain/profile/profile-schema.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

export const readProfile = async (deps: Pick<ApplicantDependencies, 'profiles'>, applicantId: string): Promise<Profile> => {
  const profile = await deps.profiles.find(applicantId);
  if (profile === undefined) throw notFound('profile');
  return profile;
};
