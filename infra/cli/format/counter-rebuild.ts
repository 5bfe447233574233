import type { CounterRebuild } from '../../../shared/counters/counter-rebuild-schema.ts';
import type { Language } from '../language.ts';
import type { Progress } from '../progress-display.ts';

const STATUS = {
  running: { ru: 'идёт', en: 'running' },
  completed: { ru: 'завершён', en: 'completed' },
  failed: { ru: 'сбой', en: 'failed' },
} as const;

const shardsDone = (run: CounterRebuild): number => run.shards.filter((shard) => shard.phase === 'done').length;

/** Shards flipped to the new generation, of the season's shards; the applications counted so far as the status. */
export const rebuildProgress = (run: CounterRebuild, language: Language): Progress => {
  const secondPass = run.shards.filter((shard) => shard.phase === 'second-pass').length;
  return {
    value: shardsDone(run),
    total: run.shards.length,
    status:
      language === 'ru'
        ? `${STATUS[run.status].ru}: учтено заявок ${run.counted}, шардов на втором проходе ${secondPass}`
        : `${STATUS[run.status].en}: applications counted ${run.counted}, shards on their second pass ${secondPass}`,
  };
};

export const rebuildFinished = (run: CounterRebuild): boolean => run.status !== 'running';

export const rebuildSummary = (run: CounterRebuild, language: Language): string => {
  const ru = language === 'ru';
  const lines = [
    `${ru ? 'Пересчёт счётчиков' : 'Counter rebuild'} ${run.runId}: ${STATUS[run.status][language]}`,
    ru
      ? `  учтено заявок ${run.counted}, шарды ${shardsDone(run)}/${run.shards.length}, поколение ${run.generation}`
      : `  applications counted ${run.counted}, shards ${shardsDone(run)}/${run.shards.length}, generation ${run.generation}`,
  ];
  if (run.status === 'failed')
    lines.push(
      ru
        ? `  Начните пересчёт заново: npm run cadre -- counters rebuild --season ${run.seasonId}`
        : `  Start it again: npm run cadre -- counters rebuild --season ${run.seasonId}`,
    );
  return `${lines.join('\n')}\n`;
};
