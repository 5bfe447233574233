import type { ExpertProfile, ExpertProfileContent } from '../expert-profile-schema.ts';

export type ExpertProfileSaveOutcome =
  | { readonly saved: true; readonly profile: ExpertProfile }
  | { readonly saved: false; readonly currentVersion: number };

/** Experts' own profiles, one per person. */
export interface ExpertProfiles {
  find(expertId: string): Promise<ExpertProfile | undefined>;
  /** Several profiles at once (an assignment run's pool), by expert id; experts without one are absent. */
  findMany(expertIds: readonly string[]): Promise<ReadonlyMap<string, ExpertProfile>>;
  /** Creates (expectedVersion 0) or replaces the profile at the version read; refused with the current version otherwise. */
  save(
    expertId: string,
    content: ExpertProfileContent,
    expectedVersion: number,
    at: string,
    email?: string | undefined,
  ): Promise<ExpertProfileSaveOutcome>;
}
