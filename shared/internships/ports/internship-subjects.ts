import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';

/** An application with its programme and season, as preferences are judged against them. */
export interface InternshipSubject {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
}

/** Applications, which the applications module owns; the function's wiring plugs its repository and the catalogue in. */
export interface InternshipSubjects {
  find(applicationId: string): Promise<InternshipSubject | undefined>;
  /** Several applications by id (a page of an offer's candidates); missing ones are absent. */
  applications(applicationIds: readonly string[]): Promise<ReadonlyMap<string, Application>>;
}
