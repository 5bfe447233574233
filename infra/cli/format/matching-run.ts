import { MATCHING_RUN_PHASES } from '../../../shared/internships/matching-run-schema.ts';
import type { MatchingRunView } from '../../../shared/internships/matching-run-view.ts';
import type { Language } from '../language.ts';
import type { Progress } from '../progress-display.ts';
import { inParentheses } from './counts.ts';

const STATUS = {
  running: { ru: 'идёт', en: 'running' },
  succeeded: { ru: 'завершён', en: 'succeeded' },
  failed: { ru: 'сбой', en: 'failed' },
} as const;

/** Steps a run goes through before `done`: the bar counts phases, since a run learns its sizes only as it collects them. */
const STEPS = MATCHING_RUN_PHASES.length - 1;

export const matchingProgress = (run: MatchingRunView, language: Language): Progress => ({
  value: run.status === 'succeeded' ? STEPS : MATCHING_RUN_PHASES.indexOf(run.phase),
  total: STEPS,
  status:
    language === 'ru'
      ? `${STATUS[run.status].ru}, этап ${run.phase}: кандидатов ${run.applicants}, предложений ${run.offers} (мест ${run.seats}), распределено ${run.matched}, предложено ${run.offered}`
      : `${STATUS[run.status].en}, phase ${run.phase}: applicants ${run.applicants}, offers ${run.offers} (seats ${run.seats}), matched ${run.matched}, offered ${run.offered}`,
});

export const matchingFinished = (run: MatchingRunView): boolean => run.status !== 'running';

/** The run's report: who was matched, who was not and why, what stayed unfilled, what was offered; every failure. */
export const matchingSummary = (run: MatchingRunView, language: Language): string => {
  const ru = language === 'ru';
  const outcomes = `/seasons/${run.seasonId}/internship-matching-runs/${run.id}/outcomes`;
  const lines = ru
    ? [
        `Распределение ${run.stage}, раунд ${run.round}${run.dryRun ? ' (пробный запуск: ничего не предложено)' : ''} (${run.id}): ${STATUS[run.status].ru}`,
        `  кандидатов ${run.applicants}, исключено ${run.excluded}${inParentheses(run.excludedReasons)}; предложений ${run.offers}, мест ${run.seats}`,
        `  распределено ${run.matched} (по первому выбору ${run.firstChoice}), без места ${run.unmatched}${inParentheses(run.unmatchedReasons)}`,
        `  предложения с местами ${run.unfilledOffers} (мест ${run.unfilledSeats})${inParentheses(run.unfilledReasons)}`,
      ]
    : [
        `Matching ${run.stage}, round ${run.round}${run.dryRun ? ' (dry run: nothing offered)' : ''} (${run.id}): ${STATUS[run.status].en}`,
        `  applicants ${run.applicants}, excluded ${run.excluded}${inParentheses(run.excludedReasons)}; offers ${run.offers}, seats ${run.seats}`,
        `  matched ${run.matched} (first choice ${run.firstChoice}), unmatched ${run.unmatched}${inParentheses(run.unmatchedReasons)}`,
        `  offers left with seats ${run.unfilledOffers} (seats ${run.unfilledSeats})${inParentheses(run.unfilledReasons)}`,
      ];
  if (!run.dryRun)
    lines.push(
      ru
        ? `  предложено ${run.offered}, не предложено ${run.notOffered}${inParentheses(run.notOfferedReasons)}`
        : `  offered ${run.offered}, not offered ${run.notOffered}${inParentheses(run.notOfferedReasons)}`,
    );
  if (run.unmatched > 0 || run.unfilledOffers > 0) lines.push(`  ${ru ? 'объяснения' : 'explained at'}: GET ${outcomes}`);
  if (run.failures.length > 0) lines.push(ru ? `  сбои (${run.failures.length}):` : `  failures (${run.failures.length}):`);
  for (const failure of run.failures)
    lines.push(
      `    ${failure.at}${failure.phase === undefined ? '' : ` ${failure.phase}`}: ${failure.error}${failure.cause === undefined ? '' : ` — ${failure.cause}`}`,
    );
  if (run.status === 'failed')
    lines.push(
      ru
        ? `  Продолжить: POST /seasons/${run.seasonId}/internship-matching-runs/${run.id}/resume`
        : `  Resume it: POST /seasons/${run.seasonId}/internship-matching-runs/${run.id}/resume`,
    );
  return `${lines.join('\n')}\n`;
};
