import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { Profile, SaveProfileInput } from '../domain/profile/profile-schema.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';

export interface SavedProfile {
  readonly profile: Profile;
  readonly created: boolean;
}

/**
 * Creates the profile (version omitted or 0) or replaces it (the version read). The version check
 * is the repository's conditional write itself, never a read before it, so two concurrent edits
 * from the same version cannot both win; the loser learns the current version from the refusal.
 */
export const saveProfile = async (
  deps: Pick<ApplicantDependencies, 'profiles' | 'clock'>,
  applicantId: string,
  input: SaveProfileInput,
): Promise<SavedProfile> => {
  const { version = 0, ...content } = input;
  const outcome = await deps.profiles.save(applicantId, content, version, deps.clock().toISOString());
  if (!outcome.saved) throw versionConflict(outcome.currentVersion);
  return { profile: outcome.profile, created: version === 0 };
};
