import { isTerminalKind } from '../config/pipeline-schema.ts';
import type { ProgrammeSettingsShape } from '../config/programme-settings-schema.ts';
import { problem, unknownReference, type ConfigProblem } from './config-problem.ts';

/** Reminders name stages of the pipeline an application can still act in (never an outcome stage). */
export const checkReminders = (settings: ProgrammeSettingsShape): ConfigProblem[] => {
  const stages = new Map(settings.pipeline.stages.map((stage) => [stage.id, stage]));
  return (settings.reminders?.stages ?? []).flatMap((id, i) => {
    const stage = stages.get(id);
    if (stage === undefined) return unknownReference(['reminders', 'stages', i], id, new Set(stages.keys()), { ru: 'этап', en: 'stage' });
    return isTerminalKind(stage.kind)
      ? [
          problem(
            ['reminders', 'stages', i],
            'reminder-for-outcome-stage',
            `Об итоговом этапе «${id}» не напоминают`,
            `The outcome stage "${id}" has nothing to remind of`,
          ),
        ]
      : [];
  });
};
