import { AppError } from '../platform/errors/app-error.ts';

/** The reports' own refusals, one factory per rule (a season nobody may see is the shared 404). */

/** Staff report actuals only for a KPI whose measure is `reported`: the others are counted. */
export const kpiNotReported = (kpiId: string): AppError =>
  new AppError({
    code: 'kpi-not-reported',
    status: 409,
    message: {
      ru: `Показатель «${kpiId}» считается платформой: вручную вносятся только показатели с измерением reported.`,
      en: `The KPI "${kpiId}" is counted by the platform: only KPIs measured as reported take figures from staff.`,
    },
    fields: [
      { field: 'params.kpiId', code: 'kpi-not-reported', message: { ru: 'Показатель считается автоматически', en: 'The KPI is counted' } },
    ],
  });

/** A season KPI takes `season`, a quarterly one a quarter. */
export const wrongKpiPeriodKind = (expected: 'season' | 'quarter'): AppError =>
  new AppError({
    code: 'wrong-period-kind',
    status: 422,
    message: {
      ru:
        expected === 'season'
          ? 'Показатель отслеживается за сезон: укажите period «season».'
          : 'Показатель отслеживается поквартально: укажите квартал, например «2026-Q3».',
      en:
        expected === 'season'
          ? 'The KPI is tracked per season: send period "season".'
          : 'The KPI is tracked per quarter: send a quarter such as "2026-Q3".',
    },
    fields: [
      {
        field: 'body.period',
        code: 'wrong-period-kind',
        message:
          expected === 'season'
            ? { ru: 'Ожидается «season»', en: 'Expected "season"' }
            : { ru: 'Ожидается квартал', en: 'Expected a quarter' },
      },
    ],
  });

/** A quarter the season's calendar does not reach. */
export const periodOutsideSeason = (quarters: readonly string[]): AppError =>
  new AppError({
    code: 'period-outside-season',
    status: 422,
    message: {
      ru: `Квартал вне календаря сезона. Допустимы: ${quarters.join(', ')}.`,
      en: `The quarter is outside the season's calendar. Allowed: ${quarters.join(', ')}.`,
    },
    fields: [
      {
        field: 'body.period',
        code: 'period-outside-season',
        message: { ru: 'Квартал вне календаря сезона', en: 'A quarter outside the season' },
      },
    ],
  });
