import { findGate } from '../pipeline/find-gate.ts';
import { isTerminalKind } from '../config/pipeline-schema.ts';
import type { ProgrammeSettings } from '../config/programme-settings-schema.ts';
import { problem, unknownReference, type ConfigProblem } from '../validation/config-problem.ts';
import type { SeasonDefinition } from './season-schema.ts';
import { mentoringSpheres } from '../config/mentoring-schema.ts';

/**
 * A season against its programme: windows name stages of the pipeline (never an outcome stage),
 * a window's `closeGate` is a gate transition the platform (`system`) may run from its stage,
 * the initial stage has a window (that is the application campaign the season opens), and
 * questions ask only roles the programme has.
 */
export const checkSeasonAgainstProgramme = (season: SeasonDefinition, programme: ProgrammeSettings): ConfigProblem[] => {
  const stages = new Map(programme.pipeline.stages.map((stage) => [stage.id, stage]));
  const roles = new Set(programme.participantRoles.map((role) => role.id));
  const problems: ConfigProblem[] = [];

  season.calendar.forEach((window, i) => {
    const stage = stages.get(window.stage);
    if (stage === undefined) {
      problems.push(...unknownReference(['calendar', i, 'stage'], window.stage, new Set(stages.keys()), { ru: 'этап', en: 'stage' }));
    } else if (isTerminalKind(stage.kind)) {
      problems.push(
        problem(
          ['calendar', i, 'stage'],
          'window-for-outcome-stage',
          `У итогового этапа «${stage.id}» не бывает окна`,
          `The outcome stage "${stage.id}" has no window`,
        ),
      );
    } else if (window.closeGate !== undefined) {
      // The very decision the calendar's gate run will make when the window closes, made now.
      const gate = findGate(programme.pipeline, window.stage, window.closeGate.to, 'system');
      if (!gate.allowed) problems.push(problem(['calendar', i, 'closeGate', 'to'], gate.code, gate.message.ru, gate.message.en));
    }
  });

  const initial = programme.pipeline.stages.find((stage) => stage.initial === true);
  if (initial !== undefined && !season.calendar.some((window) => window.stage === initial.id)) {
    problems.push(
      problem(
        ['calendar'],
        'no-application-window',
        `Нужно окно для начального этапа «${initial.id}»`,
        `A window for the initial stage "${initial.id}" is required`,
      ),
    );
  }

  season.questions.forEach((question, i) => {
    (question.roles ?? []).forEach((role, j) => {
      problems.push(...unknownReference(['questions', i, 'roles', j], role, roles, { ru: 'роль участника', en: 'participant role' }));
    });
  });
  problems.push(...checkSphereQuestion(season, programme));
  return problems;
};

/** The question matching reads a project's spheres from offers the mentors' spheres to choose from, and nothing else. */
const checkSphereQuestion = (season: SeasonDefinition, programme: ProgrammeSettings): ConfigProblem[] => {
  const id = programme.mentoring?.sphereQuestion;
  const index = season.questions.findIndex((question) => question.id === id);
  const question = season.questions[index];
  if (question === undefined) return [];
  if (question.kind !== 'choice') {
    return [
      problem(
        ['questions', index, 'kind'],
        'sphere-question-not-a-choice',
        `Вопрос «${question.id}» о сфере проекта должен быть выбором из сфер наставников`,
        `The question "${question.id}" on the project's sphere must be a choice among the mentors' spheres`,
      ),
    ];
  }
  const spheres = new Set(mentoringSpheres(programme).map((sphere) => sphere.id));
  return question.options.flatMap((option, j) =>
    unknownReference(['questions', index, 'options', j, 'id'], option.id, spheres, { ru: 'сфера наставников', en: 'mentoring sphere' }),
  );
};
