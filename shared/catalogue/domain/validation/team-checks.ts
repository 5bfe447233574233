import { isTerminalKind } from '../config/pipeline-schema.ts';
import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { problem, unknownReference, type ConfigProblem } from './config-problem.ts';

const ROLE = { ru: 'роль участника', en: 'participant role' } as const;

/**
 * Teams are formed in a stage where submitted applications still act (not the initial stage of
 * drafts, not an outcome), of declared participant roles; a `team` guard needs teams to exist.
 */
export const checkTeams = (settings: ProgrammeSettingsShape): ConfigProblem[] => {
  const problems: ConfigProblem[] = [];
  const teams = settings.teams;
  if (teams === undefined) {
    settings.pipeline.transitions.forEach((transition, i) => {
      (transition.guards ?? []).forEach((guard, j) => {
        if (guard.kind === 'team') {
          problems.push(
            problem(
              ['pipeline', 'transitions', i, 'guards', j],
              'no-teams-settings',
              'Условие «команда» требует настроек teams',
              'A team guard needs the teams settings',
            ),
          );
        }
      });
    });
    return problems;
  }
  const stages = new Map(settings.pipeline.stages.map((stage) => [stage.id, stage]));
  const stage = stages.get(teams.formationStage);
  if (stage === undefined) {
    problems.push(
      ...unknownReference(['teams', 'formationStage'], teams.formationStage, new Set(stages.keys()), { ru: 'этап', en: 'stage' }),
    );
  } else if (isTerminalKind(stage.kind) || stage.initial === true) {
    problems.push(
      problem(
        ['teams', 'formationStage'],
        'team-formation-stage-unusable',
        `Команды формируются на этапе, где участники уже подали заявку и ещё продолжают участие, а не на «${teams.formationStage}»`,
        `Teams are formed in a stage of submitted applications still taking part, not in "${teams.formationStage}"`,
      ),
    );
  }
  const roles = new Set(settings.participantRoles.map((role) => role.id));
  (teams.memberRoles ?? []).forEach((role, i) => {
    problems.push(...unknownReference(['teams', 'memberRoles', i], role, roles, ROLE));
  });
  if (teams.mentor !== undefined) problems.push(...unknownReference(['teams', 'mentor', 'role'], teams.mentor.role, roles, ROLE));
  return problems;
};
