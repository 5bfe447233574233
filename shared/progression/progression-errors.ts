import { AppError, type FieldProblem } from '../platform/errors/app-error.ts';

export const alreadySubmitted = (): AppError =>
  new AppError({
    code: 'already-submitted',
    status: 409,
    message: {
      ru: 'Заявка уже подана другим запросом (с другим ключом Idempotency-Key).',
      en: 'The application was already submitted by another request (with another Idempotency-Key).',
    },
    fields: [
      {
        field: 'headers.idempotency-key',
        code: 'already-submitted',
        message: { ru: 'Заявка подана с другим ключом', en: 'Submitted with another key' },
      },
    ],
  });

/** The application changed between our read and our write for a reason other than a submission. */
export const applicationChanged = (): AppError =>
  new AppError({
    code: 'application-changed',
    status: 409,
    message: {
      ru: 'Заявка изменилась во время запроса. Перечитайте её и повторите.',
      en: 'The application changed during the request. Read it again and retry.',
    },
  });

/**
 * A refusal at submission lists every reason at once (age, citizenship, consent, completeness),
 * each with the field to fix; 422 because the request is well formed but the application is not
 * yet acceptable, and nothing is written.
 */
export const notEligible = (reasons: readonly FieldProblem[]): AppError =>
  new AppError({
    code: 'not-eligible',
    status: 422,
    message: {
      ru: 'Заявку пока нельзя подать: устраните перечисленные причины.',
      en: 'The application cannot be submitted yet: resolve the reasons listed.',
    },
    fields: reasons,
  });

/** A run of the same gate (season, from, to) is still working; its id says which to watch. */
export const gateRunning = (seasonId: string, runningRunId: string): AppError =>
  new AppError({
    code: 'gate-running',
    status: 409,
    message: {
      ru: `Этот переход уже выполняется для сезона (запуск ${runningRunId}); дождитесь его окончания.`,
      en: `This gate is already running for the season (run ${runningRunId}); wait for it to finish.`,
    },
    headers: { location: `/seasons/${seasonId}/gates/${runningRunId}` },
  });

export const gateRunNotResumable = (status: string): AppError =>
  new AppError({
    code: 'gate-not-resumable',
    status: 409,
    message: {
      ru: `Возобновить можно только прерванный запуск; этот в состоянии «${status}».`,
      en: `Only a failed run can be resumed; this one is ${status}.`,
    },
  });
