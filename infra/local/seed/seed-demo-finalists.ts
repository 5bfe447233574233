import { wiring as partnersWiring } from '../../../functions/partners/wiring.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { DEMO_PEOPLE } from '../demo-people.ts';
import { holdDemoRound, type DemoInterviewee } from './seed-demo-interviews.ts';

/** The federal ministry of the demo registry that interviews ПроКадры's candidates for its internships. */
export const DEMO_INTERVIEWING_MINISTRY = 'minek-rf';

/**
 * ПроКадры's ministry interview: an online round the ministry (Минэкономразвития, `minek-rf`) owns,
 * scheduled by staff, run and scored by the ministry's own person (the demo partner Олег Серов, its
 * panel). Its score moves the candidates to the federal internship (a `system` move through the
 * applicationTransition machine), whose effect releases each finalist's data to the youth-policy
 * body of their region as far as they consented; the demo waits until every effect has decided, so
 * a newcomer's first read finds the releases.
 */
export const holdDemoMinistryInterviews = async (
  season: Season,
  staff: Identity,
  interviewees: readonly DemoInterviewee[],
  stageOf: (applicationId: string) => Promise<string | undefined>,
): Promise<void> => {
  if (interviewees.length === 0) return;
  const person = DEMO_PEOPLE.find((candidate) => candidate.role === 'partner' && candidate.organisation === DEMO_INTERVIEWING_MINISTRY);
  if (person === undefined) throw new Error(`The demo has no person of ${DEMO_INTERVIEWING_MINISTRY} to interview its candidates`);
  const ministry: Identity = {
    subject: person.sub,
    email: person.email,
    roles: ['partner'],
    region: person.region,
    organisation: person.organisation,
    programmes: [],
  };
  const { releases } = await partnersWiring().releases();
  await holdDemoRound(
    season,
    staff,
    {
      eventId: `demo-ministry-interviews-${Date.now().toString(36)}`,
      event: {
        stage: 'federal-interview',
        rubricId: 'ministry-interview',
        title: 'Собеседования в Минэкономразвития России (демо)',
        videoCallUrl: 'https://meet.example.org/minek-rf-demo',
        panel: [ministry.subject],
        ownerOrganisation: DEMO_INTERVIEWING_MINISTRY,
      },
      runBy: ministry,
      scorers: [ministry],
      scores: (index) => ({ fit: 8, background: 7 + (index % 2), presentation: 8.5 }),
      settled: async ({ applicationId, to }) =>
        (await stageOf(applicationId)) === to &&
        (await releases.decisionsFor(applicationId)).some((decision) => decision.purpose === 'region'),
      waitingFor: 'the ministry’s score to make a finalist and its release effect to decide',
    },
    interviewees,
  );
};
