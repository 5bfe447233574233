import { mentoringRoutes } from '../../mentoring/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The mentoring examples, in an Объединение наставников 2027 season: a robotics project from
 * Murmansk, its mentor (an engineer of the main tier), their first session and the letter.
 */
const [
  getMyMentorProfile,
  saveMyMentorProfile,
  listMentorPool,
  placeMentorInPool,
  ,
  matchMentees,
  pairMentee,
  listMentoringPairs,
  getMentoringPair,
  listMyMentees,
  getMyMentoringPair,
  respondToMentoringProposal,
  logMentoringSession,
  listMyMentoringSessions,
  completeMentoring,
  saveRecommendationLetter,
  getMyRecommendationLetter,
  getApplicationMentoring,
  respondToMentoringInvitation,
  listApplicationMentoringSessions,
  getApplicationRecommendationLetter,
  endMentoringPair,
] = mentoringRoutes;

const PROGRAMME_ID = 'obedinenie-2027';
const SEASON_ID = 'obedinenie-2027-autumn';
const APPLICATION_ID = '5c1d7a2e-9b3f-4c8d-a1e6-2f4b8d0c9e71';
const SECOND_APPLICATION_ID = '6d2e8b3f-0c4a-4d9e-b2f7-3a5c9e1d0f82';
const APPLICANT = '7e3f9c4a-1d5b-4eaf-83a8-4b6d0f2e1a93';
const MENTOR = '0a1e0000-0000-4000-8000-000000000021';
const SECOND_MENTOR = '0a1e0000-0000-4000-8000-000000000022';
const STAFF = '0a1e0000-0000-4000-8000-000000000001';
const PAIR_ID = '9f4a1c2e-7b3d-8e5f-a6c1-2d8e4b7f0a13';
const CURSOR = 'eyJwayI6Ik1FTlRPUklOR19QQUlSIn0';

const profileContent = {
  displayName: 'Ирина Лебедева, главный инженер',
  spheres: ['technology', 'education'],
  region: '51' as const,
  languages: ['ru' as const, 'en' as const],
  capacityPerSeason: 3,
  bio: 'Двадцать лет в промышленной робототехнике; помогаю довести идею до работающего прототипа и найти первых партнёров.',
};
const profile = {
  ...profileContent,
  mentorId: MENTOR,
  email: 'mentor.irina@example.org',
  version: 1,
  createdAt: '2027-08-20T10:00:00.000Z',
  updatedAt: '2027-08-20T10:00:00.000Z',
};
const member = {
  seasonId: SEASON_ID,
  mentorId: MENTOR,
  tier: 'main' as const,
  displayName: profile.displayName,
  spheres: profile.spheres,
  languages: profile.languages,
  region: '51',
  capacity: 2,
  load: 1,
  addedBy: STAFF,
  addedAt: '2027-09-01T09:00:00.000Z',
  updatedAt: '2027-09-01T09:00:00.000Z',
};
const pair = {
  id: PAIR_ID,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  applicationId: APPLICATION_ID,
  applicantId: APPLICANT,
  mentorId: MENTOR,
  tier: 'main' as const,
  status: 'proposed' as const,
  proposedBy: 'matching',
  choiceRank: 1,
  proposedAt: '2027-09-15T09:00:00.000Z',
  sessions: 0,
  minutes: 0,
  updatedAt: '2027-09-15T09:00:00.000Z',
  version: 1,
};
const agreed = {
  ...pair,
  status: 'agreed' as const,
  agreedAt: '2027-09-16T08:30:00.000Z',
  updatedAt: '2027-09-16T08:30:00.000Z',
  version: 2,
};
const active = {
  ...agreed,
  status: 'active' as const,
  acceptedAt: '2027-09-17T12:00:00.000Z',
  updatedAt: '2027-09-17T12:00:00.000Z',
  version: 3,
};
const mentee = {
  name: 'Морозова Дарья Павловна',
  region: '51',
  language: 'ru' as const,
  projectDescription: 'Мастерская робототехники для школьников Мурманска: кружки, соревнования, летний лагерь с партнёрами из порта.',
  spheres: ['technology'],
};
const session = {
  id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  pairId: PAIR_ID,
  date: '2027-09-24',
  format: 'in-person' as const,
  durationMinutes: 90,
  notes: 'Разобрали смету мастерской и план на первый семестр; к следующей встрече — письмо в порт о партнёрстве.',
  loggedBy: MENTOR,
  loggedAt: '2027-09-24T16:10:00.000Z',
};
const completed = {
  ...active,
  status: 'completed' as const,
  completedAt: '2027-11-28T10:00:00.000Z',
  sessions: 4,
  minutes: 330,
  updatedAt: '2027-11-28T10:00:00.000Z',
  version: 8,
};
const letterText =
  'Дарья Павловна за три месяца превратила идею кружка робототехники в работающую мастерскую с бюджетом и партнёрами. Рекомендую её как самостоятельного и надёжного руководителя проектов.';
const letter = {
  applicationId: APPLICATION_ID,
  pairId: PAIR_ID,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  mentorId: MENTOR,
  status: 'final' as const,
  text: letterText,
  language: 'ru' as const,
  requestedAt: '2027-12-01T09:00:00.000Z',
  updatedAt: '2027-12-03T18:20:00.000Z',
  finalisedAt: '2027-12-03T18:20:00.000Z',
  version: 3,
};
const mentorForMentee = {
  displayName: profile.displayName,
  bio: profile.bio,
  spheres: profile.spheres,
  languages: profile.languages,
  region: '51',
};

export const MENTORING_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(getMyMentorProfile, { responses: { 200: profile } }),
  routeExamples(saveMyMentorProfile, {
    request: { ...profileContent, version: 0 },
    responses: { 200: { ...profile, version: 2 }, 201: profile },
  }),
  routeExamples(listMentorPool, {
    responses: {
      200: {
        tiers: { main: { size: 500, placed: 412 }, reserve: { size: 100, placed: 37 } },
        items: [member, { ...member, mentorId: SECOND_MENTOR, tier: 'reserve', displayName: 'Олег Сорокин', load: 0 }],
        nextCursor: CURSOR,
      },
    },
  }),
  routeExamples(placeMentorInPool, { request: { tier: 'main', capacity: 2 }, responses: { 200: member } }),
  routeExamples(matchMentees, {
    request: { dryRun: false },
    responses: {
      200: {
        dryRun: false,
        stage: 'mentor-agreement',
        mentees: 2,
        alreadyPaired: 31,
        proposals: [{ applicationId: APPLICATION_ID, mentorId: MENTOR, tier: 'main', choiceRank: 1, pairId: PAIR_ID }],
        refused: [],
        unmatched: [
          {
            applicationId: SECOND_APPLICATION_ID,
            reason: 'no-fitting-mentor',
            explanation: {
              ru: 'В пуле нет наставника с местом, который работает на языке заявки и в сфере проекта (или все такие отказались).',
              en: 'No mentor of the pool with a place left works in the application’s language and the project’s sphere (or each such one declined).',
            },
          },
        ],
        unfilled: [
          {
            mentorId: SECOND_MENTOR,
            tier: 'reserve',
            seatsLeft: 2,
            reason: 'not-chosen',
            explanation: {
              ru: 'Свободных мест: 2 из 2. Этот вариант никто не выбрал.',
              en: 'Places left: 2 of 2. Nobody chose this option.',
            },
          },
        ],
        remaining: false,
      },
    },
  }),
  routeExamples(pairMentee, {
    request: { applicationId: APPLICATION_ID, mentorId: MENTOR },
    responses: { 200: { ...pair, proposedBy: STAFF, choiceRank: undefined }, 201: { ...pair, proposedBy: STAFF, choiceRank: undefined } },
  }),
  routeExamples(listMentoringPairs, {
    responses: {
      200: {
        items: [
          {
            ...pair,
            applicationId: SECOND_APPLICATION_ID,
            id: '2a3b4c5d-6e7f-8a9b-8c0d-1e2f3a4b5c6d',
            mentorId: SECOND_MENTOR,
            status: 'declined-by-mentor',
            declinedAt: '2027-09-16T10:00:00.000Z',
            declineReason: 'В эту осень не смогу уделить проекту достаточно времени.',
            version: 2,
          },
        ],
      },
    },
  }),
  routeExamples(getMentoringPair, {
    responses: { 200: { pair: completed, sessions: [session], letter: { status: 'requested', requestedAt: letter.requestedAt } } },
  }),
  routeExamples(listMyMentees, { responses: { 200: { items: [{ ...agreed, menteeName: mentee.name }] } } }),
  routeExamples(getMyMentoringPair, { responses: { 200: { ...active, mentee: { ...mentee, email: 'darya.morozova@example.org' } } } }),
  routeExamples(respondToMentoringProposal, { request: { decision: 'agree' }, responses: { 200: { ...agreed, mentee } } }),
  routeExamples(logMentoringSession, {
    request: { date: session.date, format: session.format, durationMinutes: session.durationMinutes, notes: session.notes },
    responses: { 201: session },
  }),
  routeExamples(listMyMentoringSessions, { responses: { 200: { items: [session] } } }),
  routeExamples(completeMentoring, { responses: { 200: { ...completed, mentee: { ...mentee, email: 'darya.morozova@example.org' } } } }),
  routeExamples(saveRecommendationLetter, {
    request: { text: letterText, language: 'ru', final: true, version: 2 },
    responses: { 200: letter },
  }),
  routeExamples(getMyRecommendationLetter, {
    responses: { 200: { ...letter, status: 'draft', finalisedAt: undefined, updatedAt: '2027-12-02T20:00:00.000Z', version: 2 } },
  }),
  routeExamples(getApplicationMentoring, {
    responses: {
      200: {
        pairId: PAIR_ID,
        status: 'agreed',
        mentor: mentorForMentee,
        agreedAt: agreed.agreedAt,
        sessions: 0,
      },
    },
  }),
  routeExamples(respondToMentoringInvitation, {
    request: { decision: 'accept' },
    responses: {
      200: {
        pairId: PAIR_ID,
        status: 'active',
        mentor: mentorForMentee,
        agreedAt: agreed.agreedAt,
        acceptedAt: active.acceptedAt,
        sessions: 0,
      },
    },
  }),
  routeExamples(listApplicationMentoringSessions, { responses: { 200: { items: [session] } } }),
  routeExamples(getApplicationRecommendationLetter, {
    responses: {
      200: {
        status: 'final',
        mentorName: profile.displayName,
        text: letterText,
        language: 'ru',
        requestedAt: letter.requestedAt,
        finalisedAt: letter.finalisedAt,
      },
    },
  }),
  routeExamples(endMentoringPair, {
    request: {
      cause: 'mentor-unresponsive',
      note: 'Наставник не отвечает на письма и звонки с 1 октября; наставляемой подберём другого.',
      version: 3,
    },
    responses: {
      200: {
        ...active,
        status: 'ended-by-staff',
        ending: {
          cause: 'mentor-unresponsive',
          note: 'Наставник не отвечает на письма и звонки с 1 октября; наставляемой подберём другого.',
          from: 'active',
          by: STAFF,
          at: '2027-10-20T10:00:00.000Z',
        },
        updatedAt: '2027-10-20T10:00:00.000Z',
        version: 4,
      },
    },
  }),
];
