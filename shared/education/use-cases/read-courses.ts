import type { Identity } from '../../platform/auth/identity.ts';
import { findStaffSeason } from './access/education-access.ts';
import { toCourseCatalogueView, type CourseCatalogueView } from '../course-catalogue-view.ts';
import type { EducationDependencies } from './education-dependencies.ts';

export const readCourses = async (
  deps: Pick<EducationDependencies, 'seasons' | 'catalogues'>,
  identity: Identity,
  seasonId: string,
): Promise<CourseCatalogueView> => {
  await findStaffSeason(deps, identity, seasonId);
  return toCourseCatalogueView(seasonId, await deps.catalogues.find(seasonId));
};
