import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { ExpertProfile, SaveExpertProfileInput } from '../expert-profile-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/**
 * The expert writes their own profile, whole, at the version they read. Pools copy the facts they
 * list when staff next place the expert; conflicts are judged from the profile as it is when an
 * assignment is made or a review submitted.
 */
export const saveExpertProfile = async (
  deps: Pick<ReviewDependencies, 'profiles' | 'clock'>,
  identity: Identity,
  input: SaveExpertProfileInput,
): Promise<{ readonly created: boolean; readonly profile: ExpertProfile }> => {
  const { version = 0, ...content } = input;
  const outcome = await deps.profiles.save(identity.subject, content, version, deps.clock().toISOString(), identity.email);
  if (!outcome.saved) throw versionConflict(outcome.currentVersion);
  return { created: version === 0, profile: outcome.profile };
};
