import type { TrackCondition } from '../config/track-rules-schema.ts';
import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { duplicateIds, problem, unknownReference, type ConfigProblem } from './config-problem.ts';

const WHAT = {
  stage: { ru: 'этап', en: 'stage' },
  track: { ru: 'трек', en: 'track' },
  role: { ru: 'роль участника', en: 'participant role' },
  level: { ru: 'уровень стажировки', en: 'internship level' },
  document: { ru: 'требование к документу', en: 'document requirement' },
  rubric: { ru: 'рубрика оценки', en: 'rubric' },
  competence: { ru: 'компетенция экспертов', en: 'expert competence' },
  achievement: { ru: 'достижение сертификата', en: 'certificate achievement' },
} as const;

type Path = (string | number)[];

const ids = (items: readonly { readonly id: string }[] | undefined): Set<string> => new Set((items ?? []).map((item) => item.id));

/** Values a text condition compares with must be ids the programme declares. */
const checkCondition = (condition: TrackCondition, path: Path, roles: Set<string>, levels: Set<string>): ConfigProblem[] => {
  if ('all' in condition) return condition.all.flatMap((inner, index) => checkCondition(inner, [...path, 'all', index], roles, levels));
  if ('any' in condition) return condition.any.flatMap((inner, index) => checkCondition(inner, [...path, 'any', index], roles, levels));
  if ('not' in condition) return checkCondition(condition.not, [...path, 'not'], roles, levels);
  if (!('oneOf' in condition)) return [];
  const [declared, what] = condition.fact === 'participantRole' ? [roles, WHAT.role] : [levels, WHAT.level];
  return condition.oneOf.flatMap((value, index) => unknownReference([...path, 'oneOf', index], value, declared, what));
};

/**
 * Every cross-section reference in a programme's settings: tracks, rules, guards, documents,
 * rubrics and the shortlist name only things the same settings declare.
 */
export const checkReferences = (settings: ProgrammeSettingsShape): ConfigProblem[] => {
  const stages = ids(settings.pipeline.stages);
  const tracks = ids(settings.tracks);
  const roles = ids(settings.participantRoles);
  const levels = ids(settings.internshipLevels);
  const documents = ids(settings.documentRequirements);
  const rubrics = ids(settings.reviewRubrics);
  const problems: ConfigProblem[] = [
    ...duplicateIds(
      settings.tracks.map((t) => t.id),
      (i) => ['tracks', i, 'id'],
    ),
    ...duplicateIds(
      settings.trackRules.map((r) => r.id),
      (i) => ['trackRules', i, 'id'],
    ),
    ...duplicateIds(
      settings.participantRoles.map((r) => r.id),
      (i) => ['participantRoles', i, 'id'],
    ),
    ...duplicateIds(
      settings.internshipLevels.map((l) => l.id),
      (i) => ['internshipLevels', i, 'id'],
    ),
    ...duplicateIds(
      settings.documentRequirements.map((d) => d.id),
      (i) => ['documentRequirements', i, 'id'],
    ),
    ...duplicateIds(
      settings.reviewRubrics.map((r) => r.id),
      (i) => ['reviewRubrics', i, 'id'],
    ),
    ...duplicateIds(
      settings.kpiTargets.map((k) => k.id),
      (i) => ['kpiTargets', i, 'id'],
    ),
  ];

  if (settings.tracks.length > 0 && settings.trackRules.length === 0) {
    problems.push(
      problem(['trackRules'], 'no-track-rules', 'Треки есть, а правил их назначения нет', 'Tracks are declared but no rule assigns them'),
    );
  }
  settings.tracks.forEach((track, i) => {
    (track.internshipLevels ?? []).forEach((level, j) => {
      problems.push(...unknownReference(['tracks', i, 'internshipLevels', j], level, levels, WHAT.level));
    });
  });
  settings.trackRules.forEach((rule, i) => {
    problems.push(...unknownReference(['trackRules', i, 'track'], rule.track, tracks, WHAT.track));
    problems.push(...checkCondition(rule.when, ['trackRules', i, 'when'], roles, levels));
  });

  settings.pipeline.transitions.forEach((transition, i) => {
    (transition.guards ?? []).forEach((guard, j) => {
      const at: Path = ['pipeline', 'transitions', i, 'guards', j];
      if (guard.kind === 'tracks')
        guard.tracks.forEach((id, k) => {
          problems.push(...unknownReference([...at, 'tracks', k], id, tracks, WHAT.track));
        });
      if (guard.kind === 'participantRoles')
        guard.roles.forEach((id, k) => {
          problems.push(...unknownReference([...at, 'roles', k], id, roles, WHAT.role));
        });
      if (guard.kind === 'documents')
        guard.documents.forEach((id, k) => {
          problems.push(...unknownReference([...at, 'documents', k], id, documents, WHAT.document));
        });
      if (guard.kind === 'rubricScore') problems.push(...unknownReference([...at, 'rubric'], guard.rubric, rubrics, WHAT.rubric));
      if (guard.kind === 'shortlist' && settings.shortlist === undefined) {
        problems.push(
          problem(at, 'no-shortlist-rule', 'Условие «шорт-лист» требует правила shortlist', 'A shortlist guard needs the shortlist rule'),
        );
      }
    });
  });

  settings.documentRequirements.forEach((requirement, i) => {
    problems.push(...unknownReference(['documentRequirements', i, 'stage'], requirement.stage, stages, WHAT.stage));
    (requirement.tracks ?? []).forEach((id, j) => {
      problems.push(...unknownReference(['documentRequirements', i, 'tracks', j], id, tracks, WHAT.track));
    });
  });
  const competences = ids(settings.expertCompetences);
  problems.push(
    ...duplicateIds(
      (settings.expertCompetences ?? []).map((competence) => competence.id),
      (i) => ['expertCompetences', i, 'id'],
    ),
  );
  settings.reviewRubrics.forEach((rubric, i) => {
    problems.push(...unknownReference(['reviewRubrics', i, 'stage'], rubric.stage, stages, WHAT.stage));
    rubric.blind.documents.forEach((id, j) => {
      problems.push(...unknownReference(['reviewRubrics', i, 'blind', 'documents', j], id, documents, WHAT.document));
    });
    rubric.competences.forEach((id, j) => {
      problems.push(...unknownReference(['reviewRubrics', i, 'competences', j], id, competences, WHAT.competence));
    });
    problems.push(
      ...duplicateIds(
        rubric.criteria.map((c) => c.id),
        (j) => ['reviewRubrics', i, 'criteria', j, 'id'],
      ),
    );
  });
  if (settings.shortlist !== undefined) {
    problems.push(...unknownReference(['shortlist', 'stage'], settings.shortlist.stage, stages, WHAT.stage));
  }
  const achievements = ids(settings.certificates?.achievements);
  settings.kpiTargets.forEach((kpi, i) => {
    const at: Path = ['kpiTargets', i, 'measure'];
    const measure = kpi.measure;
    const each = (list: readonly string[] | undefined, key: string, declared: Set<string>, what: (typeof WHAT)[keyof typeof WHAT]) => {
      (list ?? []).forEach((id, j) => {
        problems.push(...unknownReference([...at, key, j], id, declared, what));
      });
    };
    if (measure?.kind === 'stage-entered') {
      each(measure.stages, 'stages', stages, WHAT.stage);
      each(measure.tracks, 'tracks', tracks, WHAT.track);
      each(measure.roles, 'roles', roles, WHAT.role);
    }
    if (measure?.kind === 'certificates-issued') each(measure.achievements, 'achievements', achievements, WHAT.achievement);
  });
  return problems;
};
