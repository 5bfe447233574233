import { wiring as reviewsWiring } from '../../../functions/reviews/wiring.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import type { InterviewEventInput } from '../../../shared/interviews/interview-event-schema.ts';
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

/** One round of interviews as the demo holds it: the event staff schedule, who runs it, who scores and how. */
export interface DemoRound {
  /** The event's id: one round per start that has people to interview (a round an earlier start held is over). */
  readonly eventId: string;
  readonly event: Pick<InterviewEventInput, 'stage' | 'rubricId' | 'title' | 'videoCallUrl' | 'panel' | 'ownerOrganisation'>;
  /** Who checks people in: staff, or the people of the organisation that owns the event. */
  readonly runBy: Identity;
  /** The panel members who score the attended, as they are signed in. */
  readonly scorers: readonly Identity[];
  /** The scores of the `index`-th interviewee, every criterion of the event's rubric. */
  readonly scores: (index: number) => Readonly<Record<string, number>>;
  /** Whether the programme has moved the application on its score (and done what the demo waits for with the move). */
  readonly settled: (interviewee: DemoInterviewee) => Promise<boolean>;
  /** What is waited for, for the message of a round that never settles. */
  readonly waitingFor: string;
}

/**
 * A round of interviews as it would have gone, through the interviews' and reviews' use cases:
 * staff schedule it online, the interviewees book it, it takes place (the demo moves the event into
 * the past, as the calendar would have), whoever runs it records the attendance, the panel scores
 * everyone well, and the programme moves each application on its score (a `system` move, waited
 * for here). A panel member with a conflict of interest has no scorecard to fill in; the others'
 * scores are the result.
 */
export const holdDemoRound = async (
  season: Season,
  staff: Identity,
  round: DemoRound,
  interviewees: readonly DemoInterviewee[],
): Promise<void> => {
  if (interviewees.length === 0) return;
  const { interviews, reviews } = reviewsWiring();
  const now = Date.now();
  const target = { seasonId: season.id, eventId: round.eventId };
  await saveInterviewEvent(interviews, staff, target, {
    ...round.event,
    format: 'online',
    bookingClosesAt: new Date(now + 24 * HOUR).toISOString(),
    startsAt: new Date(now + 48 * HOUR).toISOString(),
    endsAt: new Date(now + 54 * HOUR).toISOString(),
    capacity: Math.max(20, interviewees.length),
    version: 0,
  });
  for (const interviewee of interviewees) {
    await bookInterview(interviews, interviewee.identity, interviewee.applicationId, { eventId: round.eventId, version: 0 });
  }
  const scheduled = await interviews.store.findEvent(season.id, round.eventId);
  if (scheduled === undefined) throw new Error(`The demo interview round ${round.eventId} is missing`);
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
  if (!held.written) throw new Error(`The demo interview round ${round.eventId} could not take place`);
  for (const [index, interviewee] of interviewees.entries()) {
    const { scorecards } = await recordAttendance(
      interviews,
      round.runBy,
      { ...target, applicationId: interviewee.applicationId },
      { outcome: 'attended' },
    );
    const opened = new Set(scorecards.filter((card) => card.outcome === 'opened').map((card) => card.panelMember));
    for (const scorer of round.scorers.filter((member) => opened.has(member.subject))) {
      await submitReview(
        reviews,
        scorer,
        { applicationId: interviewee.applicationId, rubricId: round.event.rubricId },
        { scores: round.scores(index), version: 1 },
      );
    }
  }
  for (const interviewee of interviewees) {
    await waitFor(async () => (await round.settled(interviewee)) || undefined, {
      description: `${round.waitingFor} (${interviewee.applicationId} to ${interviewee.to})`,
      timeoutMs: 60_000,
      intervalMs: 100,
    });
  }
};

const expertIdentity = (person: (typeof DEMO_PEOPLE)[number]): Identity => ({
  subject: person.sub,
  email: person.email,
  roles: ['expert'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

/**
 * ПроКадры's interviews with the programme's experts: an online round with the demo experts on the
 * panel, run by staff; the score moves beginners to a regional internship, the young and PRO to the
 * ministries' interview. Павел declared the Sverdlovsk region: he has no scorecard of its applicants.
 */
export const holdDemoInterviews = async (
  season: Season,
  staff: Identity,
  interviewees: readonly DemoInterviewee[],
  stageOf: (applicationId: string) => Promise<string | undefined>,
): Promise<void> => {
  const experts = DEMO_PEOPLE.filter((person) => person.role === 'expert');
  await holdDemoRound(
    season,
    staff,
    {
      eventId: `demo-interviews-${Date.now().toString(36)}`,
      event: {
        stage: 'interview',
        rubricId: 'expert-interview',
        title: 'Онлайн-собеседования (демо)',
        videoCallUrl: 'https://meet.example.org/prokadry-demo',
        panel: experts.map((expert) => expert.sub),
      },
      runBy: staff,
      scorers: experts.map(expertIdentity),
      scores: (index) => ({ motivation: 8, experience: 7 + (index % 3) * 0.5, initiatives: 7.5, 'internship-choice': 8 }),
      settled: async (interviewee) => (await stageOf(interviewee.applicationId)) === interviewee.to,
      waitingFor: 'the demo interview’s score to move the application',
    },
    interviewees,
  );
};
