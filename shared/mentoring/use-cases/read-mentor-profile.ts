import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MentorProfile } from '../mentor-profile-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** The caller's own mentor profile; 404 until they save one. */
export const readMentorProfile = async (deps: Pick<MentoringDependencies, 'profiles'>, identity: Identity): Promise<MentorProfile> => {
  const profile = await deps.profiles.find(identity.subject);
  if (profile === undefined) throw notFound('mentor profile');
  return profile;
};
