import { wiring as reviewsWiring } from '../../../functions/reviews/wiring.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { bookInterview } from '../../../shared/interviews/use-cases/book-interview.ts';
import { recordAttendance } from '../../../shared/interviews/use-cases/record-attendance.ts';
import { saveInterviewEvent } from '../../../shared/interviews/use-cases/save-interview-event.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { submitReview } from '../../../shared/reviews/use-cases/submit-review.ts';
import { DEMO_PEOPLE } from '../demo-people.ts';
import { waitFor } from '../wait-for.ts';

const HOUR = 60 * 60 * 1000;

/** An applicant of the demo whose interview the demo holds, and the stage its score takes them to. */
export interface DemoInterviewee {
  readonly applicationId: string;
  readonly identity: Identity;
  readonly to: string;
}

const expertIdentity = (person: (typeof DEMO_PEOPLE)[number]): Identity => ({
  subject: person.sub,
  email: person.email,
  roles: ['expert'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

/**
 * ПроКадры's interviews as they would have gone, through the interviews' and reviews' use cases:
 * staff schedule an online round with the demo experts on the panel, the interviewees book it, the
 * round takes place (the demo moves the event into the past, as the calendar would have), the panel
 * records the attendance and scores everyone well, and the programme moves each application on
 * its score (a `system` move, waited for here). A panel member with a conflict of interest has no
 * scorecard to fill in (Павел declared the Sverdlovsk region); the others' scores are the result.
 */
export const holdDemoInterviews = async (
  season: Season,
  staff: Identity,
  interviewees: readonly DemoInterviewee[],
  stageOf: (applicationId: string) => Promise<string | undefined>,
): Promise<void> => {
  if (interviewees.length === 0) return;
  const { interviews, reviews } = reviewsWiring();
  const experts = DEMO_PEOPLE.filter((person) => person.role === 'expert');
  const now = Date.now();
  // One round per start that has people to interview: a round an earlier start held is over.
  const eventId = `demo-interviews-${now.toString(36)}`;
  const target = { seasonId: season.id, eventId };
  await saveInterviewEvent(interviews, staff, target, {
    stage: 'interview',
    rubricId: 'expert-interview',
    format: 'online',
    title: 'Онлайн-собеседования (демо)',
    videoCallUrl: 'https://meet.example.org/prokadry-demo',
    bookingClosesAt: new Date(now + 24 * HOUR).toISOString(),
    startsAt: new Date(now + 48 * HOUR).toISOString(),
    endsAt: new Date(now + 54 * HOUR).toISOString(),
    capacity: Math.max(20, interviewees.length),
    panel: experts.map((expert) => expert.sub),
    version: 0,
  });
  for (const interviewee of interviewees) {
    await bookInterview(interviews, interviewee.identity, interviewee.applicationId, { eventId, version: 0 });
  }
  const scheduled = await interviews.store.findEvent(season.id, eventId);
  if (scheduled === undefined) throw new Error(`The demo interview round ${eventId} is missing`);
  const held = await interviews.store.saveEvent(
    {
      ...scheduled,
      bookingClosesAt: new Date(now - 72 * HOUR).toISOString(),
      startsAt: new Date(now - 48 * HOUR).toISOString(),
      endsAt: new Date(now - 42 * HOUR).toISOString(),
      version: scheduled.version + 1,
    },
    scheduled.version,
    { structural: false },
  );
  if (!held.written) throw new Error(`The demo interview round ${eventId} could not take place`);
  for (const [index, interviewee] of interviewees.entries()) {
    const { scorecards } = await recordAttendance(
      interviews,
      staff,
      { ...target, applicationId: interviewee.applicationId },
      { outcome: 'attended' },
    );
    const opened = new Set(scorecards.filter((card) => card.outcome === 'opened').map((card) => card.panelMember));
    const scores = { motivation: 8, experience: 7 + (index % 3) * 0.5, initiatives: 7.5, 'internship-choice': 8 };
    for (const expert of experts.filter((person) => opened.has(person.sub))) {
      await submitReview(
        reviews,
        expertIdentity(expert),
        { applicationId: interviewee.applicationId, rubricId: 'expert-interview' },
        {
          scores,
          version: 1,
        },
      );
    }
  }
  for (const interviewee of interviewees) {
    await waitFor(async () => (await stageOf(interviewee.applicationId)) === interviewee.to || undefined, {
      description: `the demo interview's score to move ${interviewee.applicationId} to ${interviewee.to}`,
      timeoutMs: 60_000,
      intervalMs: 100,
    });
  }
};
