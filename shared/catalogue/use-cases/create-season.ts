import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, validationFailed } from '../../platform/errors/common-errors.ts';
import { checkSeasonAgainstProgramme } from '../domain/seasons/season-programme-checks.ts';
import type { Season, SeasonDefinition } from '../domain/seasons/season-schema.ts';
import { assertManagesProgramme } from '../domain/staff-scope.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/** A season starts as a draft: invisible to the public until staff open it. */
export const createSeason = async (
  deps: Pick<CatalogueDependencies, 'programmes' | 'seasons' | 'clock'>,
  identity: Identity,
  programmeId: string,
  definition: SeasonDefinition,
): Promise<Season> => {
  assertManagesProgramme(identity, programmeId);
  const programme = await deps.programmes.find(programmeId);
  if (programme === undefined) throw notFound('programme');
  const problems = checkSeasonAgainstProgramme(definition, programme.settings);
  if (problems.length > 0) {
    throw validationFailed(
      problems.map((found) => ({ field: ['body', ...found.path].join('.'), code: found.code, message: { ru: found.ru, en: found.en } })),
    );
  }
  const now = deps.clock().toISOString();
  const season: Season = { ...definition, programmeId, status: 'draft', version: 1, createdAt: now, updatedAt: now, openingAttempts: 0 };
  await deps.seasons.create(season);
  return season;
};
