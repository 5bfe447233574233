import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Application } from '../../applications/application-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { PeopleRelation } from '../../relations/people-relation-schema.ts';

/** What the reviews know of an applicant: their profile and the people they were in teams or mentoring pairs with. */
export interface ReviewApplicant {
  /** Absent only if the applicant erased it; conflicts and the blind view then have nothing to go on. */
  readonly profile: Profile | undefined;
  /** In any season, including the ones of dissolved teams (relations/ports/people-relations.ts). */
  readonly relations: readonly PeopleRelation[];
}

/** An application under review, with what its applicant's records say and where it stands in the catalogue. */
export interface ReviewSubject extends ReviewApplicant {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
}

/** Reads applications, their applicants' profiles and relations and their programme and season for the reviews use cases. */
export interface ReviewSubjects {
  find(applicationId: string): Promise<ReviewSubject | undefined>;
  /** A page of a season's applications at one stage (an assignment run walks the stage with it). */
  atStage(seasonId: string, stage: string, page: PageRequest): Promise<Page<Application>>;
  /** Several applicants at once, by applicant id; every id asked for is in the answer. */
  applicantsOf(applicantIds: readonly string[]): Promise<ReadonlyMap<string, ReviewApplicant>>;
}
