import type { StageKind } from '../config/pipeline-schema.ts';
import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { problem, unknownReference, type ConfigProblem } from './config-problem.ts';

const WHAT = {
  stage: { ru: 'этап', en: 'stage' },
  level: { ru: 'уровень стажировки', en: 'internship level' },
  track: { ru: 'трек', en: 'track' },
  role: { ru: 'роль участника', en: 'participant role' },
} as const;

/**
 * Stages where applicants rank internship offers: an internship stage, or a project stage where
 * internships and professional trials happen alongside the team's work (Кадры будущего).
 */
export const OFFER_STAGE_KINDS: readonly StageKind[] = ['internship', 'project'];

/** The internships settings name stages that take offers, levels, tracks and roles the same settings declare. */
export const checkInternships = (settings: ProgrammeSettingsShape): ConfigProblem[] => {
  const internships = settings.internships;
  if (internships === undefined) return [];
  const stages = new Map(settings.pipeline.stages.map((stage) => [stage.id, stage]));
  const levels = new Set(settings.internshipLevels.map((level) => level.id));
  const tracks = new Set(settings.tracks.map((track) => track.id));
  const roles = new Set(settings.participantRoles.map((role) => role.id));
  const problems: ConfigProblem[] = [];
  internships.offerStages.forEach((entry, i) => {
    const at = ['internships', 'offerStages', i];
    const stage = stages.get(entry.stage);
    if (stage === undefined) problems.push(...unknownReference([...at, 'stage'], entry.stage, new Set(stages.keys()), WHAT.stage));
    else if (!OFFER_STAGE_KINDS.includes(stage.kind)) {
      problems.push(
        problem(
          [...at, 'stage'],
          'not-an-internship-stage',
          `Предложения стажировок ранжируют на этапе стажировки или проектной работы, а не на «${entry.stage}»`,
          `Internship offers are ranked in an internship or project stage, not in "${entry.stage}"`,
        ),
      );
    }
    problems.push(...unknownReference([...at, 'level'], entry.level, levels, WHAT.level));
    (entry.tracks ?? []).forEach((track, j) => {
      problems.push(...unknownReference([...at, 'tracks', j], track, tracks, WHAT.track));
    });
    (entry.participantRoles ?? []).forEach((role, j) => {
      problems.push(...unknownReference([...at, 'participantRoles', j], role, roles, WHAT.role));
    });
  });
  (internships.ownRegionOnly?.exceptTracks ?? []).forEach((track, j) => {
    problems.push(...unknownReference(['internships', 'ownRegionOnly', 'exceptTracks', j], track, tracks, WHAT.track));
  });
  return problems;
};
