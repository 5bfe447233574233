import type { Language } from '../language.ts';
import type { Progress } from '../progress-display.ts';

/** A shard of a rebuild: where it stands (its phase; `done` once it has flipped to the new generation). */
export interface CounterRebuildShard {
  readonly phase?: string;
  readonly done?: boolean;
}

/** A counter rebuild as `GET /seasons/{seasonId}/counter-rebuilds/{runId}` answers it: its status, applications counted, each shard's phase. */
export interface CounterRebuildView {
  readonly id?: string;
  readonly runId?: string;
  readonly seasonId?: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly counted?: number;
  readonly shards?: readonly CounterRebuildShard[] | { readonly total: number; readonly done: number };
  readonly failures?: readonly { readonly at?: string; readonly error?: string; readonly cause?: string }[];
}

export const rebuildRunId = (run: CounterRebuildView): string | undefined => run.id ?? run.runId;

const shardCounts = (run: CounterRebuildView): { readonly done: number; readonly total: number } | undefined => {
  const { shards } = run;
  if (shards === undefined) return undefined;
  if (!Array.isArray(shards)) return shards as { readonly total: number; readonly done: number };
  const list = shards as readonly CounterRebuildShard[];
  return { done: list.filter((shard) => shard.done === true || shard.phase === 'done').length, total: list.length };
};

const STATUS = {
  running: { ru: 'идёт', en: 'running' },
  completed: { ru: 'завершён', en: 'completed' },
  failed: { ru: 'сбой', en: 'failed' },
} as const;

/** Shards done of the season's shards; the applications counted so far as the status. */
export const rebuildProgress = (run: CounterRebuildView, language: Language): Progress => {
  const shards = shardCounts(run);
  return {
    value: shards?.done ?? 0,
    total: shards?.total,
    status:
      language === 'ru'
        ? `${STATUS[run.status].ru}: учтено заявок ${run.counted ?? 0}`
        : `${STATUS[run.status].en}: applications counted ${run.counted ?? 0}`,
  };
};

export const rebuildFinished = (run: CounterRebuildView): boolean => run.status !== 'running';

export const rebuildSummary = (run: CounterRebuildView, language: Language): string => {
  const ru = language === 'ru';
  const shards = shardCounts(run);
  const lines = [
    `${ru ? 'Пересчёт счётчиков' : 'Counter rebuild'} ${rebuildRunId(run) ?? ''}: ${STATUS[run.status][language]}`,
    ru
      ? `  учтено заявок ${run.counted ?? 0}${shards === undefined ? '' : `, шарды ${shards.done}/${shards.total}`}`
      : `  applications counted ${run.counted ?? 0}${shards === undefined ? '' : `, shards ${shards.done}/${shards.total}`}`,
  ];
  for (const failure of run.failures ?? [])
    lines.push(`    ${failure.at ?? ''} ${failure.error ?? ''}${failure.cause === undefined ? '' : ` — ${failure.cause}`}`);
  return `${lines.join('\n')}\n`;
};
