import { rule } from './field-rules.ts';
import { isoDate } from '../../../platform/time/iso-date-time.ts';

/**
 * Profile dates are calendar dates (`YYYY-MM-DD`) with no time zone: a birth date or the first day
 * of a job is a day, not an instant, and comparing them as strings is exact.
 */
export const calendarDateSchema = isoDate();

/** Today's date in UTC; "in the past" is judged against it when a profile is saved. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Nobody alive was born before this (it also keeps ages within what eligibility rules accept). */
const EARLIEST_BIRTH_DATE = '1900-01-01';

export const birthDateSchema = calendarDateSchema
  .refine(
    (date) => date < today(),
    rule('birth-date-not-past', 'Дата рождения должна быть в прошлом', 'The birth date must be in the past'),
  )
  .refine(
    (date) => date >= EARLIEST_BIRTH_DATE,
    rule('birth-date-too-early', 'Дата рождения не может быть раньше 1900 года', 'The birth date cannot be before 1900'),
  );

/** A period of work, membership or an internship; no `to` means it continues. */
export const periodShape = {
  from: calendarDateSchema.refine(
    (date) => date <= today(),
    rule('date-in-future', 'Дата не может быть в будущем', 'The date cannot be in the future'),
  ),
  to: calendarDateSchema
    .refine(
      (date) => date <= today(),
      rule(
        'date-in-future',
        'Дата окончания не может быть в будущем: если период продолжается, не указывайте её',
        'The end date cannot be in the future: leave it out while the period continues',
      ),
    )
    .optional()
    .describe('Absent while the period continues.'),
};

export const periodEndsAfterStart = (period: { readonly from: string; readonly to?: string | undefined }): boolean =>
  period.to === undefined || period.to >= period.from;

export const PERIOD_INVERTED = {
  path: ['to'],
  ...rule('period-inverted', 'Дата окончания раньше даты начала', 'The end date is before the start date'),
};
