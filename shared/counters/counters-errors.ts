import { AppError } from '../platform/errors/app-error.ts';

/** The counters' own refusals (shared ones live in platform/errors). */

export const rebuildRunning = (runId: string | undefined): AppError =>
  new AppError({
    code: 'rebuild-running',
    status: 409,
    message: {
      ru: 'Пересчёт счётчиков этого сезона уже идёт; дождитесь его окончания.',
      en: `A rebuild of this season's counters is already running${runId === undefined ? '' : ` (${runId})`}; wait for it to end.`,
    },
  });
