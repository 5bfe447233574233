import { AppError, type FieldProblem } from '../platform/errors/app-error.ts';

/** The teams rules' own refusals, one factory per rule (shared ones live in shared/errors). */

export const teamsNotConfigured = (): AppError =>
  new AppError({
    code: 'teams-not-configured',
    status: 409,
    message: {
      ru: 'В этой программе нет проектных команд: их задают настройки программы (teams).',
      en: 'This programme has no project teams: the programme settings (teams) define them.',
    },
    fields: [
      { field: 'params.seasonId', code: 'teams-not-configured', message: { ru: 'Команды не настроены', en: 'Teams are not configured' } },
    ],
  });

/** The team breaks the programme's rules (size, members' season, stage and role, mentor); every rule broken is listed. */
export const invalidTeam = (fields: readonly FieldProblem[]): AppError =>
  new AppError({
    code: 'invalid-team',
    status: 422,
    message: {
      ru: 'Команда не соответствует правилам программы: исправьте перечисленные поля.',
      en: 'The team breaks the programme’s rules: fix the fields listed.',
    },
    fields,
  });

/** People already in another team of the season (a person is in at most one), with the team holding each. */
export const memberInAnotherTeam = (fields: readonly FieldProblem[]): AppError =>
  new AppError({
    code: 'member-in-another-team',
    status: 409,
    message: {
      ru: 'Участник уже состоит в другой команде сезона: сначала уберите его оттуда.',
      en: 'A participant is already in another team of the season: remove them from it first.',
    },
    fields,
  });

export const inAnotherTeamField = (field: string, applicationId: string, teamId: string): FieldProblem => ({
  field,
  code: 'member-in-another-team',
  message: {
    ru: `Заявка ${applicationId} уже в команде «${teamId}»`,
    en: `The application ${applicationId} is already in the team "${teamId}"`,
  },
});
