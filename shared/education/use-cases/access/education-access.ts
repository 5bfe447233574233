import type { Application } from '../../../applications/application-schema.ts';
import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { managesProgramme } from '../../../catalogue/domain/staff-scope.ts';
import { LEARNING_PLATFORM_ORGANISATION } from '../../domain/learning-platform.ts';
import type { EducationDependencies } from '../education-dependencies.ts';

/**
 * Who reaches what in the education block. Every refusal is the 404 of a missing season or
 * application, so ids cannot be probed.
 */

/** Staff of the season's programme (catalogue edits, CSV uploads). */
export const findStaffSeason = async (
  deps: Pick<EducationDependencies, 'seasons'>,
  identity: Identity,
  seasonId: string,
): Promise<Season> => {
  if (!identity.roles.includes('staff')) throw notFound('season');
  const season = await deps.seasons.find(seasonId);
  if (season === undefined || !managesProgramme(identity, season.programmeId)) throw notFound('season');
  return season;
};

const isLearningPlatform = (identity: Identity): boolean =>
  identity.roles.includes('partner') && identity.organisation === LEARNING_PLATFORM_ORGANISATION;

/** The learning platform (or staff) for a season of a programme in the token's scope. */
export const findReportableSeason = async (
  deps: Pick<EducationDependencies, 'seasons'>,
  identity: Identity,
  seasonId: string,
): Promise<Season> => {
  const season = await deps.seasons.find(seasonId);
  const allowed =
    season !== undefined &&
    (identity.roles.includes('staff') || isLearningPlatform(identity)) &&
    managesProgramme(identity, season.programmeId);
  if (!allowed) throw notFound('season');
  return season;
};

/** The owner applicant or staff of the application's programme. */
export const findReadableApplication = async (
  deps: Pick<EducationDependencies, 'applications'>,
  identity: Identity,
  applicationId: string,
): Promise<Application> => {
  const application = await deps.applications.find(applicationId);
  const allowed =
    application !== undefined &&
    ((identity.roles.includes('applicant') && identity.subject === application.applicantId) ||
      (identity.roles.includes('staff') && managesProgramme(identity, application.programmeId)));
  if (!allowed) throw notFound('application');
  return application;
};
