import type { MyInterview } from '../../interviews/booking-schema.ts';

/** An application's interview bookings, one per interview stage it has been in, each with its event, as the applicant reads them. */
export interface InterviewRecords {
  bookings(applicationId: string, stages: readonly string[]): Promise<readonly MyInterview[]>;
}
