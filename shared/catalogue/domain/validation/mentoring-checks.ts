import type { MentoringStages } from '../config/mentoring-schema.ts';
import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { duplicateIds, problem, unknownReference, type ConfigProblem } from './config-problem.ts';

/** The kind each pairing stage must be. */
const KINDS = { agreement: 'agreement', invitation: 'agreement', session: 'mentoring', summingUp: 'summing-up' } as const;

/** The moves the pair makes out of its stages: the mentor agrees, the mentee accepts, the mentor completes. */
const MOVES = [
  ['agreement', 'invitation', 'mentor'],
  ['invitation', 'session', 'applicant'],
  ['session', 'summingUp', 'mentor'],
] as const;

const checkStages = (settings: ProgrammeSettingsShape, stages: MentoringStages): ConfigProblem[] => {
  const { pipeline } = settings;
  const byId = new Map(pipeline.stages.map((stage) => [stage.id, stage]));
  const problems: ConfigProblem[] = [];
  // A stage named for two steps fails a kind or a move: no step's stage is of another's kind, nor moves to itself.
  for (const name of Object.keys(KINDS) as (keyof MentoringStages)[]) {
    const stage = byId.get(stages[name]);
    const path = ['mentoring', 'stages', name];
    if (stage === undefined) problems.push(...unknownReference(path, stages[name], new Set(byId.keys()), { ru: 'этап', en: 'stage' }));
    else if (stage.kind !== KINDS[name])
      problems.push(
        problem(path, 'mentoring-stage-kind', `Нужен этап вида «${KINDS[name]}»`, `A stage of kind "${KINDS[name]}" is needed`),
      );
  }
  for (const [from, to, by] of MOVES) {
    if (!byId.has(stages[from]) || !byId.has(stages[to])) continue;
    if (!pipeline.transitions.some((move) => move.from.includes(stages[from]) && move.to === stages[to] && move.by.includes(by)))
      problems.push(
        problem(
          ['mentoring', 'stages', from],
          'mentoring-move-missing',
          `Нужен переход «${stages[from]}» → «${stages[to]}» (${by})`,
          `A transition "${stages[from]}" -> "${stages[to]}" by ${by} is needed`,
        ),
      );
  }
  return problems;
};

/**
 * A programme's mentoring against the rest of its settings: the pairing stages are the pipeline's,
 * of the right kinds, with the moves the pair makes; mentors have spheres to declare; the ranking
 * rubric and the participant role exist, and a role that recruits mentors holds as many as the pool.
 */
export const checkMentoring = (settings: ProgrammeSettingsShape): ConfigProblem[] => {
  const mentoring = settings.mentoring;
  if (mentoring === undefined) return [];
  const problems = mentoring.stages === undefined ? [] : checkStages(settings, mentoring.stages);
  if (mentoring.spheres !== undefined)
    problems.push(
      ...duplicateIds(
        mentoring.spheres.map((sphere) => sphere.id),
        (i) => ['mentoring', 'spheres', i, 'id'],
      ),
    );
  else if ((settings.expertCompetences ?? []).length === 0)
    problems.push(
      problem(
        ['mentoring', 'spheres'],
        'no-mentoring-spheres',
        'Укажите spheres или expertCompetences',
        'List spheres or expertCompetences',
      ),
    );
  if (mentoring.rankingRubric !== undefined)
    problems.push(
      ...unknownReference(
        ['mentoring', 'rankingRubric'],
        mentoring.rankingRubric,
        new Set(settings.reviewRubrics.map((rubric) => rubric.id)),
        { ru: 'рубрика оценки', en: 'rubric' },
      ),
    );
  const roleId = mentoring.participantRole;
  if (roleId === undefined) return problems;
  const role = settings.participantRoles.find((candidate) => candidate.id === roleId);
  if (role === undefined) {
    const roles = new Set(settings.participantRoles.map((candidate) => candidate.id));
    problems.push(...unknownReference(['mentoring', 'participantRole'], roleId, roles, { ru: 'роль участника', en: 'participant role' }));
  } else if (
    role.capacity !== undefined &&
    (role.capacity.main !== mentoring.pool.main || role.capacity.reserve !== mentoring.pool.reserve)
  ) {
    const size = `${role.capacity.main} + ${role.capacity.reserve}`;
    problems.push(
      problem(
        ['mentoring', 'pool'],
        'mentor-pool-differs-from-role',
        `Пул — это набор роли «${roleId}»: ${size}`,
        `The pool is the "${roleId}" role's capacity: ${size}`,
      ),
    );
  }
  return problems;
};
