import { describe, expect, it } from 'vitest';
import { bookingOpen, eventOfferedTo, placeFor } from '../../../shared/interviews/domain/event-offered-to.ts';
import { interviewEvent } from './interview-event-fixture.ts';

const event = interviewEvent;

// Perm (59) is in the Volga district, Moscow (77) in the Central one.
const perm = { seasonId: 'prokadry-2026', stage: 'interview', region: '59' };

describe('which interview events an application is offered', () => {
  it('places an offline interview in the federal district of the application’s region, and the others anywhere', () => {
    expect(placeFor({ region: '59' }, 'offline')).toBe('volga');
    expect(placeFor({ region: '77' }, 'offline')).toBe('central');
    expect(placeFor({ region: undefined }, 'offline')).toBeUndefined();
    expect(placeFor({ region: undefined }, 'online')).toBe('online');
    expect(placeFor({ region: '59' }, 'recorded')).toBe('recorded');
  });

  it('offers an event of the same season and stage in the application’s place, while it is scheduled', () => {
    expect(eventOfferedTo(event(), perm)).toBe(true);
    expect(eventOfferedTo(event({ federalDistrict: 'central' }), perm)).toBe(false);
    expect(eventOfferedTo(event({ stage: 'federal-interview' }), perm)).toBe(false);
    expect(eventOfferedTo(event({ seasonId: 'prokadry-2027' }), perm)).toBe(false);
    expect(eventOfferedTo(event({ status: 'cancelled' }), perm)).toBe(false);
    expect(eventOfferedTo(event({ format: 'online', federalDistrict: undefined }), { ...perm, region: undefined })).toBe(true);
  });

  it('keeps booking open strictly before the deadline', () => {
    expect(bookingOpen(event(), '2026-10-03T14:59:59.999Z')).toBe(true);
    expect(bookingOpen(event(), '2026-10-03T15:00:00.000Z')).toBe(false);
  });
});
