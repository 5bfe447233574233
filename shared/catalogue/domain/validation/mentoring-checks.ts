import type { StageKind } from '../config/pipeline-schema.ts';
import type { MentoringStages } from '../config/mentoring-schema.ts';
import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { duplicateIds, problem, unknownReference, type ConfigProblem } from './config-problem.ts';

/** What each pairing stage must be, and the move out of it the pair makes (by whom, to which stage). */
const PAIRING: readonly {
  readonly stage: keyof MentoringStages;
  readonly kind: StageKind;
  readonly next?: { readonly stage: keyof MentoringStages; readonly by: 'mentor' | 'applicant' };
}[] = [
  { stage: 'agreement', kind: 'agreement', next: { stage: 'invitation', by: 'mentor' } },
  { stage: 'invitation', kind: 'agreement', next: { stage: 'session', by: 'applicant' } },
  { stage: 'session', kind: 'mentoring', next: { stage: 'summingUp', by: 'mentor' } },
  { stage: 'summingUp', kind: 'summing-up' },
];

const ACTOR = { mentor: { ru: 'наставник', en: 'the mentor' }, applicant: { ru: 'наставляемый', en: 'the mentee' } } as const;

const checkStages = (settings: ProgrammeSettingsShape, stages: MentoringStages): ConfigProblem[] => {
  const byId = new Map(settings.pipeline.stages.map((stage) => [stage.id, stage]));
  const problems: ConfigProblem[] = [];
  const named = PAIRING.map((step) => stages[step.stage]);
  problems.push(
    ...duplicateIds(named, (index) => ['mentoring', 'stages', PAIRING[index]?.stage ?? index]).map((duplicate) => ({
      ...duplicate,
      code: 'mentoring-stage-repeated',
      ru: 'Каждый этап наставничества — отдельный этап программы',
      en: 'Each mentoring stage is a stage of its own',
    })),
  );
  for (const step of PAIRING) {
    const path = ['mentoring', 'stages', step.stage];
    const stage = byId.get(stages[step.stage]);
    if (stage === undefined) {
      problems.push(...unknownReference(path, stages[step.stage], new Set(byId.keys()), { ru: 'этап', en: 'stage' }));
      continue;
    }
    if (stage.kind !== step.kind) {
      problems.push(
        problem(
          path,
          'mentoring-stage-kind',
          `Этап «${stage.id}» должен быть вида «${step.kind}», а не «${stage.kind}»`,
          `The stage "${stage.id}" must be of kind "${step.kind}", not "${stage.kind}"`,
        ),
      );
    }
    const next = step.next;
    if (next === undefined || !byId.has(stages[next.stage])) continue;
    const moves = settings.pipeline.transitions.some(
      (transition) => transition.from.includes(stage.id) && transition.to === stages[next.stage] && transition.by.includes(next.by),
    );
    if (!moves) {
      problems.push(
        problem(
          path,
          'mentoring-move-missing',
          `Нужен переход «${stage.id}» → «${stages[next.stage]}», который делает ${ACTOR[next.by].ru}`,
          `A transition "${stage.id}" -> "${stages[next.stage]}" made by ${ACTOR[next.by].en} is needed`,
        ),
      );
    }
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
  const problems: ConfigProblem[] = [];
  if (mentoring.stages !== undefined) problems.push(...checkStages(settings, mentoring.stages));
  if (mentoring.spheres !== undefined) {
    problems.push(
      ...duplicateIds(
        mentoring.spheres.map((sphere) => sphere.id),
        (i) => ['mentoring', 'spheres', i, 'id'],
      ),
    );
  } else if ((settings.expertCompetences ?? []).length === 0) {
    problems.push(
      problem(
        ['mentoring', 'spheres'],
        'no-mentoring-spheres',
        'Укажите сферы наставников или компетенции экспертов программы',
        'List the mentors’ spheres, or the programme’s expert competences',
      ),
    );
  }
  if (mentoring.rankingRubric !== undefined) {
    problems.push(
      ...unknownReference(
        ['mentoring', 'rankingRubric'],
        mentoring.rankingRubric,
        new Set(settings.reviewRubrics.map((rubric) => rubric.id)),
        { ru: 'рубрика оценки', en: 'rubric' },
      ),
    );
  }
  if (mentoring.participantRole !== undefined) {
    const role = settings.participantRoles.find((candidate) => candidate.id === mentoring.participantRole);
    if (role === undefined) {
      problems.push(
        ...unknownReference(
          ['mentoring', 'participantRole'],
          mentoring.participantRole,
          new Set(settings.participantRoles.map((candidate) => candidate.id)),
          { ru: 'роль участника', en: 'participant role' },
        ),
      );
    } else if (
      role.capacity !== undefined &&
      (role.capacity.main !== mentoring.pool.main || role.capacity.reserve !== mentoring.pool.reserve)
    ) {
      problems.push(
        problem(
          ['mentoring', 'pool'],
          'mentor-pool-differs-from-role',
          `Пул наставников (${mentoring.pool.main} + ${mentoring.pool.reserve}) должен совпадать с набором роли «${role.id}» (${role.capacity.main} + ${role.capacity.reserve})`,
          `The mentor pool (${mentoring.pool.main} + ${mentoring.pool.reserve}) must match the "${role.id}" role's capacity (${role.capacity.main} + ${role.capacity.reserve})`,
        ),
      );
    }
  }
  return problems;
};
