import type { Profile, ProfileContent } from '../domain/profile/profile-schema.ts';

export type ProfileSaveOutcome =
  | { readonly saved: true; readonly profile: Profile }
  /** The stored version was not the one expected; 0 when there is no profile yet. */
  | { readonly saved: false; readonly currentVersion: number };

export interface ProfileRepository {
  find(applicantId: string): Promise<Profile | undefined>;
  /**
   * Stores `content` as the applicant's profile in one conditional write, if the stored version is
   * `expectedVersion` (0: no profile exists yet). The new version is `expectedVersion + 1`;
   * `createdAt` is kept from the first save, `updatedAt` becomes `at`.
   */
  save(applicantId: string, content: ProfileContent, expectedVersion: number, at: string): Promise<ProfileSaveOutcome>;
}
