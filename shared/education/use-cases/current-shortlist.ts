import type { Application } from '../../applications/application-schema.ts';
import type { ShortlistRule } from '../../catalogue/domain/config/shortlist-rule-schema.ts';
import type { CourseCatalogue } from '../course-catalogue-schema.ts';
import { computeCompletion } from '../domain/compute-completion.ts';
import { noProgress, type EducationProgress } from '../domain/education-progress.ts';
import type { CourseCatalogueRepository } from '../ports/course-catalogue-repository.ts';
import type { EducationProgressStore } from '../ports/education-progress-store.ts';

/** What the rule is judged on: the application's id, season and track. */
export type ShortlistCandidate = Pick<Application, 'id' | 'seasonId' | 'track'>;

/** Whether applications meet their programme's shortlist rule now (progression's ShortlistReader port is this shape). */
export interface CurrentShortlist {
  isShortlisted(application: ShortlistCandidate, rule: ShortlistRule | undefined): Promise<boolean>;
  forPage(seasonId: string, applicationIds: readonly string[]): CurrentShortlist;
}

export interface CurrentShortlistDependencies {
  readonly catalogues: Pick<CourseCatalogueRepository, 'find'>;
  readonly progress: Pick<EducationProgressStore, 'find' | 'findMany'>;
}

/** Without a rule or a track the rule is never met (computeCompletion): nothing needs reading. */
const cannotMeet = (application: ShortlistCandidate, rule: ShortlistRule | undefined): boolean =>
  rule === undefined || application.track === undefined;

const meets = (
  application: ShortlistCandidate,
  rule: ShortlistRule | undefined,
  catalogue: CourseCatalogue | undefined,
  progress: EducationProgress | undefined,
): boolean =>
  computeCompletion({ catalogue, track: application.track?.track, progress: progress ?? noProgress(application.id), rule })
    .meetsShortlistRule;

/**
 * The shortlist decision on the current rule, computed exactly as the education view computes
 * `meetsShortlistRule`: the application's stored progress against its season's course catalogue as
 * it is now, under the rule the caller read from the programme. Nothing is precomputed, so adding a
 * course (or tightening the rule) takes effect at the next decision, not at the participant's next
 * progress event.
 *
 * Reads: one application costs its progress item and its season's catalogue (two GetItems in
 * parallel, strongly consistent: staff add a course and decide right after). A page of one season
 * (`forPage`) costs one catalogue GetItem and one BatchGetItem of every progress item of the page
 * (100 keys a request), made at the first question and shared by the rest.
 */
export const currentShortlist = (deps: CurrentShortlistDependencies): CurrentShortlist => {
  const single = async (application: ShortlistCandidate, rule: ShortlistRule | undefined): Promise<boolean> => {
    if (cannotMeet(application, rule)) return false;
    const [catalogue, progress] = await Promise.all([deps.catalogues.find(application.seasonId), deps.progress.find(application.id)]);
    return meets(application, rule, catalogue, progress);
  };

  const forPage = (seasonId: string, applicationIds: readonly string[]): CurrentShortlist => {
    const onPage = new Set(applicationIds);
    type Loaded = { readonly catalogue: CourseCatalogue | undefined; readonly progress: ReadonlyMap<string, EducationProgress> };
    let loading: Promise<Loaded> | undefined;
    const load = (): Promise<Loaded> => {
      if (loading === undefined) {
        const started = Promise.all([deps.catalogues.find(seasonId), deps.progress.findMany([...onPage])]).then(
          ([catalogue, progress]) => ({ catalogue, progress }),
        );
        // A failed read is not kept: the next question reads again.
        started.catch(() => {
          if (loading === started) loading = undefined;
        });
        loading = started;
      }
      return loading;
    };
    return {
      isShortlisted: async (application, rule) => {
        if (application.seasonId !== seasonId || !onPage.has(application.id)) return single(application, rule);
        if (cannotMeet(application, rule)) return false;
        const { catalogue, progress } = await load();
        return meets(application, rule, catalogue, progress.get(application.id));
      },
      forPage,
    };
  };

  return { isShortlisted: single, forPage };
};
