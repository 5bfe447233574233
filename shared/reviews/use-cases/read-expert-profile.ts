import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { ExpertProfile } from '../expert-profile-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/** The caller's own expert profile; 404 until they save one. */
export const readExpertProfile = async (deps: Pick<ReviewDependencies, 'profiles'>, identity: Identity): Promise<ExpertProfile> => {
  const profile = await deps.profiles.find(identity.subject);
  if (profile === undefined) throw notFound('expert profile');
  return profile;
};
