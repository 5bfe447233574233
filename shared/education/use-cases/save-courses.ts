import type { Identity } from '../../platform/auth/identity.ts';
import type { FieldProblem } from '../../platform/errors/app-error.ts';
import { notFound, validationFailed, versionConflict } from '../../platform/errors/common-errors.ts';
import { findStaffSeason } from './access/education-access.ts';
import type { CourseCatalogueInput } from '../course-catalogue-schema.ts';
import { toCourseCatalogueView, type CourseCatalogueView } from '../course-catalogue-view.ts';
import type { EducationDependencies } from './education-dependencies.ts';

/**
 * Staff replace a season's course catalogue whole, with the version they read (optimistic
 * locking). Every track a course names must be one of the programme's tracks.
 */
export const saveCourses = async (
  deps: Pick<EducationDependencies, 'seasons' | 'programmes' | 'catalogues' | 'clock'>,
  identity: Identity,
  seasonId: string,
  input: CourseCatalogueInput,
): Promise<CourseCatalogueView> => {
  const season = await findStaffSeason(deps, identity, seasonId);
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw notFound('season');
  const tracks = new Set(programme.settings.tracks.map((track) => track.id));
  const problems: FieldProblem[] = [];
  for (const kind of ['webinars', 'broadcasts'] as const) {
    input[kind].forEach((course, courseIndex) => {
      course.tracks.forEach((track, trackIndex) => {
        if (!tracks.has(track)) {
          problems.push({
            field: `body.${kind}.${courseIndex}.tracks.${trackIndex}`,
            code: 'unknown-track',
            message: { ru: `В программе нет трека ${track}`, en: `The programme has no track ${track}` },
          });
        }
      });
    });
  }
  if (problems.length > 0) throw validationFailed(problems);
  const catalogue = {
    seasonId,
    webinars: input.webinars,
    broadcasts: input.broadcasts,
    version: input.version + 1,
    updatedAt: deps.clock().toISOString(),
    updatedBy: identity.subject,
  };
  const outcome = await deps.catalogues.save(catalogue);
  if (!outcome.saved) throw versionConflict(outcome.currentVersion);
  return toCourseCatalogueView(seasonId, catalogue);
};
