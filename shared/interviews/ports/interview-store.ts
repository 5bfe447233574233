import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { InterviewBooking } from '../booking-schema.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';

export type EventWriteOutcome =
  | { readonly written: true; readonly event: InterviewEvent }
  | { readonly written: false; readonly reason: 'version-conflict'; readonly currentVersion: number }
  | { readonly written: false; readonly reason: 'capacity-below-booked' | 'has-bookings'; readonly booked: number };

/** Why a booking write was refused; the seat count and the deadline are held by the write itself. */
/** `busy`: so many booked the same event at once that the write could not get through; try again. */
export type BookingRefusal = 'version-conflict' | 'full' | 'closed' | 'event-gone' | 'busy';
export type BookingWriteOutcome =
  | { readonly written: true; readonly booking: InterviewBooking }
  | { readonly written: false; readonly reason: BookingRefusal; readonly currentVersion?: number };

export interface EventListFilter {
  readonly stage?: string | undefined;
  /** A federal district, `online` or `recorded` (needs `stage`). */
  readonly place?: string | undefined;
  /** Only events starting at or after this instant (needs `place`). */
  readonly from?: string | undefined;
}

/**
 * Interview events and bookings. An event's seats are one counter on the event, moved in the
 * same transaction as the booking that takes or frees a seat, so no interleaving overbooks it.
 */
export interface InterviewStore {
  findEvent(seasonId: string, eventId: string): Promise<InterviewEvent | undefined>;
  /**
   * Creates (expected version 0) or replaces the event at the version read, never touching
   * `booked`: the capacity may not fall below it, and where `structural` (time, place, stage or
   * format change) nobody may be booked at all.
   */
  saveEvent(event: InterviewEvent, expectedVersion: number, options: { readonly structural: boolean }): Promise<EventWriteOutcome>;
  /** A season's events by stage, place and start. */
  events(seasonId: string, filter: EventListFilter, page: PageRequest): Promise<Page<InterviewEvent>>;
  /** A season's events with `member` on the panel (a page may hold fewer than asked: the list is filtered). */
  eventsOfPanelMember(seasonId: string, member: string, page: PageRequest): Promise<Page<InterviewEvent>>;
  findBooking(applicationId: string, stage: string): Promise<InterviewBooking | undefined>;
  /**
   * Takes a seat on `booking.eventId`, freeing the one on `previousEventId` if the booking moves;
   * `expectedVersion` is 0 for a first booking, else the version read (a cancelled booking's, to
   * book again). Refused if the event is full, closed at `now`, cancelled or gone.
   */
  book(booking: InterviewBooking, expectedVersion: number, previousEventId: string | undefined, now: string): Promise<BookingWriteOutcome>;
  /** Gives the seat back; the booking stays as cancelled and leaves the roster. */
  cancel(booking: InterviewBooking, expectedVersion: number): Promise<BookingWriteOutcome>;
  /** Attendance or a no-show; the seat stays taken. */
  recordAttendance(booking: InterviewBooking, expectedVersion: number): Promise<BookingWriteOutcome>;
  /** An event's live bookings (booked, attended, no-show), by application id. */
  roster(seasonId: string, eventId: string, page: PageRequest): Promise<Page<InterviewBooking>>;
}
