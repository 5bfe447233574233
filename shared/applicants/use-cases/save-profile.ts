import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { Profile, SaveProfileInput } from '../domain/profile/profile-schema.ts';
import type { ApplicantDependencies } from './applicant-dependencies.ts';
import { requireProcessingConsent } from '../domain/consents/require-processing-consent.ts';

export interface SavedProfile {
  readonly profile: Profile;
  readonly created: boolean;
}

/**
 * Creates the profile (version omitted or 0) or replaces it (the version read). The version check
 * is the repository's conditional write itself, never a read before it, so two concurrent edits
 * from the same version cannot both win; the loser learns the current version from the refusal.
 *
 * Nothing is stored without consent to personal-data processing in force (152-FZ): one GetItem of
 * the consent state (CONSENT_STATE, in the applicant's partition) before the write, refusing with
 * `consent-required`. A read rather than a ConditionCheck in a transaction: the profile's single
 * UpdateItem returns the saved profile (ALL_NEW) and, refused, the stored version, which a
 * transaction cannot, and a transactional write would cost twice the write units. A withdrawal
 * landing between the read and the write is the same as one landing just after the write: the
 * data was given while consent was in force, and from then on every write is refused.
 */
export const saveProfile = async (
  deps: Pick<ApplicantDependencies, 'profiles' | 'consents' | 'clock'>,
  applicantId: string,
  input: SaveProfileInput,
): Promise<SavedProfile> => {
  requireProcessingConsent(await deps.consents.state(applicantId));
  const { version = 0, ...content } = input;
  const outcome = await deps.profiles.save(applicantId, content, version, deps.clock().toISOString());
  if (!outcome.saved) throw versionConflict(outcome.currentVersion);
  return { profile: outcome.profile, created: version === 0 };
};
