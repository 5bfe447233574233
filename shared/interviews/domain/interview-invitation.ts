import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { InterviewEvent } from '../interview-event-schema.ts';

const SUMMARY = { ru: 'Собеседование', en: 'Interview' } as const;

/**
 * The calendar file sent with a booking (RFC 5545, `METHOD:PUBLISH`: the applicant adds it, no
 * reply is expected). One UID per application and stage, with the booking's version as SEQUENCE,
 * so a moved booking updates the entry it replaces instead of adding a second one. A display
 * alarm a day before backs up the reminder mail.
 */
export const interviewInvitation = (facts: {
  readonly applicationId: string;
  readonly event: InterviewEvent;
  readonly programmeName: string;
  readonly language: 'ru' | 'en';
  readonly sequence: number;
  readonly issuedAt: Date;
}): string => {
  const { event } = facts;
  const calendar = ical({
    prodId: { company: 'cadre', product: 'interviews', language: facts.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const entry = calendar.createEvent({
    id: `interview-${facts.applicationId}-${event.stage}@cadre`,
    sequence: facts.sequence,
    stamp: facts.issuedAt,
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
    summary: `${SUMMARY[facts.language]}: ${facts.programmeName}${event.title === undefined ? '' : ` — ${event.title}`}`,
    ...(event.format === 'offline' ? { location: [event.city, event.venue].filter((part) => part !== undefined).join(', ') } : {}),
    ...(event.videoCallUrl === undefined ? {} : { url: event.videoCallUrl, location: event.videoCallUrl }),
  });
  entry.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 60 * 60 });
  return calendar.toString();
};
