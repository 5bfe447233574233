import type { InterviewBooking, MyInterview } from '../booking-schema.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';

/** The applicant's view: their booking without who recorded attendance, and the event without its panel or seats. */
export const myInterviewOf = (booking: InterviewBooking, event: InterviewEvent): MyInterview => {
  const { attendance: _attendance, ...own } = booking;
  return {
    booking: own,
    event: {
      id: event.id,
      stage: event.stage,
      format: event.format,
      ...(event.title === undefined ? {} : { title: event.title }),
      ...(event.federalDistrict === undefined ? {} : { federalDistrict: event.federalDistrict }),
      ...(event.city === undefined ? {} : { city: event.city }),
      ...(event.venue === undefined ? {} : { venue: event.venue }),
      ...(event.videoCallUrl === undefined ? {} : { videoCallUrl: event.videoCallUrl }),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      bookingClosesAt: event.bookingClosesAt,
      status: event.status,
    },
  };
};
