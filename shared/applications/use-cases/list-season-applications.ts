import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { isRegionCode } from '../../applicants/domain/profile/region-codes.ts';
import { managesProgramme } from '../../catalogue/domain/staff-scope.ts';
import { unknownListFilters } from '../application-errors.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import type { ApplicationFilter } from '../ports/application-repository.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';

/**
 * Staff's list of a season's applications, filtered by stage, track and region (a Query per shard
 * of the matching index, merged). A stage or track the programme does not declare, or a region
 * code no subject has, is refused (400 naming each) rather than answered with an empty page.
 * Applicants who withdrew consent stay in the list, marked `processingStopped` and without their
 * content, so staff see that and why an application stopped moving; one batch read of consent
 * states per page decides it.
 */
export const listSeasonApplications = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'seasons' | 'applicants'>,
  identity: Identity,
  filter: ApplicationFilter,
  page: PageRequest,
): Promise<Page<ApplicationView>> => {
  const season = await deps.seasons.find(filter.seasonId);
  if (season === undefined || !managesProgramme(identity, season.programmeId)) throw notFound('season');
  const [programme, { items, nextCursor }] = await Promise.all([
    deps.programmes.find(season.programmeId),
    deps.applications.listForSeason(filter, page),
  ]);
  if (programme === undefined) throw new Error('A season refers to a programme that does not exist');
  const { pipeline, tracks } = programme.settings;
  const unknownStage = filter.stage !== undefined && !pipeline.stages.some((stage) => stage.id === filter.stage) ? filter.stage : undefined;
  const unknownTrack = filter.track !== undefined && !tracks.some((track) => track.id === filter.track) ? filter.track : undefined;
  const unknownRegion = filter.region !== undefined && !isRegionCode(filter.region) ? filter.region : undefined;
  if (unknownStage !== undefined || unknownTrack !== undefined || unknownRegion !== undefined) {
    throw unknownListFilters({ stage: unknownStage, track: unknownTrack, region: unknownRegion });
  }
  const stopped = await deps.applicants.processingStopped(items.map((application) => application.applicantId));
  return {
    items: items.map((application) =>
      toApplicationView(application, programme.settings, {
        processingStopped: stopped.has(application.applicantId),
        withholdContent: true,
      }),
    ),
    ...(nextCursor === undefined ? {} : { nextCursor }),
  };
};
