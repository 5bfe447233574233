import { describe, expect, it } from 'vitest';
import { interviewInvitation } from '../../../shared/interviews/domain/interview-invitation.ts';
import { interviewEvent } from './interview-event-fixture.ts';
import { interviewBookedMail } from '../../../shared/interviews/mail/interview-booked-mail.ts';

const kazan = interviewEvent({ title: 'Казань; утро' });

const unfold = (calendar: string): string => calendar.replace(/\r\n[ \t]/g, '');

describe('the calendar invitation of a booking', () => {
  const calendar = unfold(
    interviewInvitation({
      applicationId: 'a7c1',
      event: kazan,
      programmeName: 'ПроКадры',
      language: 'ru',
      sequence: 3,
      issuedAt: new Date('2026-09-10T12:00:00Z'),
    }),
  );

  it('is one event in UTC, named for the application and stage so a moved booking replaces it (SEQUENCE)', () => {
    expect(calendar.split('BEGIN:VEVENT')).toHaveLength(2);
    expect(calendar).toContain('METHOD:PUBLISH');
    expect(calendar).toContain('UID:interview-a7c1-interview@cadre');
    expect(calendar).toContain('SEQUENCE:3');
    expect(calendar).toContain('DTSTART:20261005T070000Z');
    expect(calendar).toContain('DTEND:20261005T110000Z');
  });

  it('escapes what staff typed (commas and semicolons are syntax in iCalendar) and carries a reminder a day before', () => {
    expect(calendar).toContain('SUMMARY:Собеседование: ПроКадры — Казань\\; утро');
    expect(calendar).toContain('LOCATION:Казань\\, ул. Кремлёвская\\, 18');
    expect(calendar).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-P1D[\s\S]*END:VALARM/);
  });

  it('travels with the confirmation of a live interview, not of a recorded one', () => {
    const facts = {
      to: 'anna@example.org',
      language: 'en' as const,
      programmeName: { ru: 'ПроКадры', en: 'ProKadry' },
      seasonTitle: { ru: '2026', en: '2026' },
      applicationId: 'a7c1',
    };
    const live = interviewBookedMail({ ...facts, event: kazan }, { version: 1, moved: false, at: new Date() });
    expect(live.subject).toBe('ProKadry: you are booked for an interview');
    expect(live.attachments?.map((attachment) => attachment.fileName)).toEqual(['interview.ics']);
    const recordedEvent = { ...kazan, format: 'recorded' as const, videoRequirement: 'video-presentation' };
    const recorded = interviewBookedMail({ ...facts, event: recordedEvent }, { version: 1, moved: false, at: new Date() });
    expect(recorded.attachments).toBeUndefined();
    expect(recorded.text).toContain('video self-presentation is your online interview');
  });
});
