import type { GateRunView } from '../../../shared/progression/gate-run-view.ts';
import type { Language } from '../language.ts';
import type { Progress } from '../progress-display.ts';
import { inParentheses } from './counts.ts';

const STATUS = {
  running: { ru: 'идёт', en: 'running' },
  succeeded: { ru: 'завершён', en: 'succeeded' },
  failed: { ru: 'сбой', en: 'failed' },
} as const;

/** Applications seen of those the run counted in `from` (unknown in its first seconds, until every shard has counted). */
export const gateProgress = (run: GateRunView, language: Language): Progress => ({
  value: run.seen,
  total: run.total,
  status:
    language === 'ru'
      ? `${STATUS[run.status].ru}: перемещено ${run.moved}, оставлено ${run.skipped}, уже перемещены ${run.alreadyMoved}, сбоев ${run.failures.length}, шарды ${run.shards.done}/${run.shards.total}`
      : `${STATUS[run.status].en}: moved ${run.moved}, skipped ${run.skipped}, already moved ${run.alreadyMoved}, failures ${run.failures.length}, shards ${run.shards.done}/${run.shards.total}`,
});

export const gateFinished = (run: GateRunView): boolean => run.status !== 'running';

/** The run as it ended (or stands): what moved, what stayed and why, and every failure. */
export const gateSummary = (run: GateRunView, language: Language): string => {
  const ru = language === 'ru';
  const what = run.action === 'remind' ? (ru ? 'Напоминание' : 'Reminder') : ru ? 'Гейт' : 'Gate';
  const lines = [
    `${what} ${run.from} → ${run.to} (${run.id}): ${STATUS[run.status][language]}`,
    ru
      ? `  просмотрено ${run.seen}${run.total === undefined ? '' : ` из ${run.total}`}, ${run.action === 'remind' ? 'напоминаний' : 'перемещено'} ${run.moved}, оставлено ${run.skipped}${inParentheses(run.skippedReasons)}, уже перемещены ${run.alreadyMoved}`
      : `  seen ${run.seen}${run.total === undefined ? '' : ` of ${run.total}`}, ${run.action === 'remind' ? 'reminded' : 'moved'} ${run.moved}, skipped ${run.skipped}${inParentheses(run.skippedReasons)}, already moved ${run.alreadyMoved}`,
  ];
  if (run.failures.length > 0) lines.push(ru ? `  сбои (${run.failures.length}):` : `  failures (${run.failures.length}):`);
  for (const failure of run.failures)
    lines.push(
      `    ${failure.at}${failure.shard === undefined ? '' : ` shard ${failure.shard}`}: ${failure.error}${failure.cause === undefined ? '' : ` — ${failure.cause}`}`,
    );
  if (run.status === 'failed')
    lines.push(
      ru
        ? `  Продолжить с контрольных точек: POST /seasons/${run.seasonId}/gates/${run.id}/resume`
        : `  Resume it from its checkpoints: POST /seasons/${run.seasonId}/gates/${run.id}/resume`,
    );
  return `${lines.join('\n')}\n`;
};
