import * as z from 'zod';

/**
 * What became of one progress event. `recorded` changed the participant's progress; `duplicate`
 * (this event id was recorded before) and `already-recorded` (another event already recorded the
 * same course) change nothing; the rest are refusals and are not stored.
 */
export const EVENT_OUTCOMES = [
  'recorded',
  'duplicate',
  'already-recorded',
  'unknown-participant',
  'unknown-item',
  'not-in-track',
  'after-deadline',
] as const;
export type EventOutcomeCode = (typeof EVENT_OUTCOMES)[number];

export const REFUSALS: Readonly<
  Record<Exclude<EventOutcomeCode, 'recorded' | 'duplicate' | 'already-recorded'>, { readonly ru: string; readonly en: string }>
> = {
  'unknown-participant': { ru: 'Нет такой заявки в этом сезоне', en: 'No such application in this season' },
  'unknown-item': {
    ru: 'Нет такого курса этого вида в каталоге сезона',
    en: 'No course of this kind with this id in the season’s catalogue',
  },
  'not-in-track': {
    ru: 'Курс не входит в уровень обучения трека участника',
    en: 'The course is not part of the participant’s track level',
  },
  'after-deadline': { ru: 'Вебинар просмотрен после окончания доступа', en: 'The webinar was watched after its access deadline' },
};

export const eventOutcomeSchema = z.strictObject({
  eventId: z.string().max(128),
  outcome: z.enum(EVENT_OUTCOMES),
  /** Present on refusals. */
  message: z.strictObject({ ru: z.string().max(500), en: z.string().max(500) }).optional(),
});
export type EventOutcome = z.infer<typeof eventOutcomeSchema>;
