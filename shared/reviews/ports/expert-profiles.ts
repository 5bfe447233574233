import type { ExpertProfile, ExpertProfileContent } from '../expert-profile-schema.ts';

export type ExpertProfileSaveOutcome =
  | { readonly saved: true; readonly profile: ExpertProfile }
  | { readonly saved: false; readonly currentVersion: number };

/** Experts' own profiles, one per person. */
export interface ExpertProfiles {
  find(expertId: string): Promise<ExpertProfile | undefined>;
  /** Creates (expectedVersion 0) or replaces the profile at the version read; refused with the current version otherwise. */
  save(expertId: string, content: ExpertProfileContent, expectedVersion: number, at: string): Promise<ExpertProfileSaveOutcome>;
}
