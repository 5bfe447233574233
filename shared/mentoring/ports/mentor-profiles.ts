import type { MentorProfile, MentorProfileContent } from '../mentor-profile-schema.ts';

export type MentorProfileSaveOutcome =
  | { readonly saved: true; readonly profile: MentorProfile }
  | { readonly saved: false; readonly currentVersion: number };

/** Mentors' own profiles, one per person. */
export interface MentorProfiles {
  find(mentorId: string): Promise<MentorProfile | undefined>;
  /** Several profiles at once (the mentors a matching mails), by mentor id; mentors without one are absent. */
  findMany(mentorIds: readonly string[]): Promise<ReadonlyMap<string, MentorProfile>>;
  /** Creates (expectedVersion 0) or replaces the profile at the version read; refused with the current version otherwise. */
  save(
    mentorId: string,
    content: MentorProfileContent,
    expectedVersion: number,
    at: string,
    email?: string | undefined,
  ): Promise<MentorProfileSaveOutcome>;
}
