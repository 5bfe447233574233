import type { CalendarWindow } from '../../catalogue/domain/seasons/season-schema.ts';

export type WindowState = { readonly open: true } | { readonly open: false; readonly window: CalendarWindow | undefined };

/** The application campaign is the calendar window of the pipeline's initial stage; both ends inclusive. */
export const applicationWindowState = (calendar: readonly CalendarWindow[], initialStageId: string, now: Date): WindowState => {
  const window = calendar.find((candidate) => candidate.stage === initialStageId);
  if (window === undefined) return { open: false, window };
  const time = now.getTime();
  return time >= Date.parse(window.opensAt) && time <= Date.parse(window.closesAt) ? { open: true } : { open: false, window };
};
