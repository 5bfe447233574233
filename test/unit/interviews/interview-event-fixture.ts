import type { InterviewEvent } from '../../../shared/interviews/interview-event-schema.ts';

/** A scheduled offline ПроКадры interview in Kazan (the Volga district) as stored, with `changes`. */
export const interviewEvent = (changes: Partial<InterviewEvent> = {}): InterviewEvent => ({
  seasonId: 'prokadry-2026',
  programmeId: 'prokadry',
  id: 'kazan',
  stage: 'interview',
  rubricId: 'expert-interview',
  format: 'offline',
  federalDistrict: 'volga',
  city: 'Казань',
  venue: 'ул. Кремлёвская, 18',
  startsAt: '2026-10-05T07:00:00.000Z',
  endsAt: '2026-10-05T11:00:00.000Z',
  bookingClosesAt: '2026-10-03T15:00:00.000Z',
  capacity: 10,
  panel: ['expert-1'],
  status: 'scheduled',
  booked: 0,
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
  version: 1,
  ...changes,
});
