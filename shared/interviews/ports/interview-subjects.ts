import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';

/** An application that may book an interview, with its applicant's profile, catalogue and verified documents. */
export interface InterviewSubject {
  readonly application: Application;
  /** Absent only if the applicant erased it: no mail then, and no name on the roster. */
  readonly profile: Profile | undefined;
  readonly programme: Programme;
  readonly season: Season;
  /** The document requirements the application has a verified document for. */
  readonly verifiedRequirements: ReadonlySet<string>;
}

export interface InterviewSubjects {
  find(applicationId: string): Promise<InterviewSubject | undefined>;
  /** Several applications with their applicants' profiles (an event's roster), by application id; missing ones are absent. */
  rosterFacts(
    applicationIds: readonly string[],
  ): Promise<ReadonlyMap<string, { readonly application: Application; readonly profile: Profile | undefined }>>;
}
