import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/** A mentee's application with its applicant's profile and where it stands in the catalogue. */
export interface MentoringSubject {
  readonly application: Application;
  /** Absent only if the applicant erased it: no name, no mail then. */
  readonly profile: Profile | undefined;
  readonly programme: Programme;
  readonly season: Season;
}

/** Reads applications, their applicants' profiles and their programme and season for the mentoring use cases. */
export interface MentoringSubjects {
  find(applicationId: string): Promise<MentoringSubject | undefined>;
  /** A page of a season's applications at one stage (a matching walks the agreement stage with it). */
  atStage(seasonId: string, stage: string, page: PageRequest): Promise<Page<Application>>;
  /** Several applicants' profiles at once, by applicant id; those without one are absent. */
  profilesOf(applicantIds: readonly string[]): Promise<ReadonlyMap<string, Profile>>;
}
