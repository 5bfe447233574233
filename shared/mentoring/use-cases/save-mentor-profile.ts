import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { MentorProfile, SaveMentorProfileInput } from '../mentor-profile-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/**
 * The mentor writes their own profile, whole, at the version they read. Pools copy the facts
 * matching reads when staff next place the mentor; the address comes from the sign-in.
 */
export const saveMentorProfile = async (
  deps: Pick<MentoringDependencies, 'profiles' | 'clock'>,
  identity: Identity,
  input: SaveMentorProfileInput,
): Promise<{ readonly created: boolean; readonly profile: MentorProfile }> => {
  const { version = 0, ...content } = input;
  const outcome = await deps.profiles.save(identity.subject, content, version, deps.clock().toISOString(), identity.email);
  if (!outcome.saved) throw versionConflict(outcome.currentVersion);
  return { created: version === 0, profile: outcome.profile };
};
