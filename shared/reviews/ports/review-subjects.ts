import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Application } from '../../applications/application-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/** An application under review, with what its applicant's profile says and where it stands in the catalogue. */
export interface ReviewSubject {
  readonly application: Application;
  /** Absent only if the applicant erased it; conflicts and the blind view then have nothing to go on. */
  readonly profile: Profile | undefined;
  readonly programme: Programme;
  readonly season: Season;
}

/** Reads applications, their applicants' profiles and their programme and season for the reviews use cases. */
export interface ReviewSubjects {
  find(applicationId: string): Promise<ReviewSubject | undefined>;
  /** A page of a season's applications at one stage (an assignment run walks the stage with it). */
  atStage(seasonId: string, stage: string, page: PageRequest): Promise<Page<Application>>;
  /** The profiles of several applicants at once, by applicant id; an erased one is absent. */
  profilesOf(applicantIds: readonly string[]): Promise<ReadonlyMap<string, Profile>>;
}
