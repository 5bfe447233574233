import { applicantRoutes } from '../../applicants/routes.ts';
import { applicationRoutes } from '../../applications/routes.ts';
import { catalogueRoutes } from '../../catalogue/routes.ts';
import { prokadryTemplate } from '../../catalogue/domain/templates/prokadry.ts';
import { documentRoutes } from '../../documents/routes.ts';
import { educationRoutes } from '../../education/routes.ts';
import { mailRoutes } from '../../mail/routes.ts';
import { progressionRoutes } from '../../progression/routes.ts';
import { teamRoutes } from '../../teams/routes.ts';
import { getScoreExportLinkRoute, getScoreExportRoute, reviewRoutes, startScoreExportRoute } from '../../reviews/routes.ts';
import { docsRoutes } from '../routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';
import { INTERVIEW_EXAMPLES } from './interview-examples.ts';
import { PARTNER_EXAMPLES } from './partner-examples.ts';
import { INTERNSHIP_EXAMPLES } from './internship-examples.ts';
import { PLACEMENT_EXAMPLES } from './placement-examples.ts';
import { RELEASE_EXAMPLES } from './release-examples.ts';
import { MENTORING_EXAMPLES } from './mentoring-examples.ts';
import { CERTIFICATE_EXAMPLES } from './certificate-examples.ts';
import { REPORT_EXAMPLES } from './report-examples.ts';
import { DASHBOARD_EXAMPLES } from './dashboard-examples.ts';
import { COUNTER_EXAMPLES } from './counter-examples.ts';
import { ERASURE_EXAMPLES } from './erasure-examples.ts';
import { OWN_DATA_EXAMPLES } from './own-data-examples.ts';
import { WEBHOOK_EXAMPLES } from './webhook-examples.ts';

/**
 * One example per operation, as the docs show them: a ПроКадры 2027 season, one applicant's way
 * through it, and what staff see. Ids and times hang together across operations.
 */

const [getOpenApiDocument, getApiDocsPage, getApiDocsScript, getApiDocsStylesheet] = docsRoutes;
const [
  listProgrammeTemplates,
  createProgramme,
  listProgrammes,
  getProgramme,
  updateProgramme,
  createSeason,
  listProgrammeSeasons,
  openSeason,
  listOpenSeasons,
  getPublicSeason,
  listSeasonWorkflowFailures,
  getCurrentIdentity,
] = catalogueRoutes;
const [
  listRegions,
  getMyProfile,
  saveMyProfile,
  listConsentTexts,
  getMyConsents,
  giveConsent,
  recordGuardianConsent,
  withdrawConsent,
  withdrawDataSharing,
] = applicantRoutes;
const [createApplication, getApplication, updateApplication, overrideApplicationTrack, listMyApplications, listSeasonApplications] =
  applicationRoutes;
const [requestDocumentUpload, confirmDocument, listApplicationDocuments, getDocumentDownloadLink] = documentRoutes;
const [getSeasonCourses, putSeasonCourses, reportProgressEvents, importProgressCsv, getApplicationEducation] = educationRoutes;
const [
  submitApplication,
  withdrawApplication,
  requestApplicationTransition,
  listTransitionFailures,
  retryTransitionFailure,
  listPendingEffects,
  startGate,
  getGateRun,
  resumeGateRun,
  listCalendarJobs,
] = progressionRoutes;
const [listUndeliverableMail, retryUndeliverableMail] = mailRoutes;
const [putTeam, listTeams, getTeam] = teamRoutes;
const [
  getMyExpertProfile,
  saveMyExpertProfile,
  listExpertPool,
  placeExpertInPool,
  ,
  assignReviewer,
  ,
  listApplicationReviews,
  listMyReviews,
  getMyReview,
  saveMyReviewDraft,
  submitMyReview,
  planReviewAssignments,
  getReviewProgress,
  remindExperts,
  startReviewAssignmentRun,
  listReviewAssignmentRuns,
  getReviewAssignmentRun,
  resumeReviewAssignmentRun,
] = reviewRoutes;

const PROGRAMME_ID = 'prokadry-2027';
const SEASON_ID = 'prokadry-2027-spring';
const APPLICATION_ID = '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41';
const SECOND_APPLICATION_ID = '8a1c4e2b-3d5f-4a7b-8c9d-0e1f2a3b4c5d';
const SCORE_EXPORT_ID = '5d0e7c3a-9b1f-4e62-8a47-c2f18b3d6e90';
const MENTOR_APPLICATION_ID = 'c7d9e1f3-5b2a-4c6d-9e8f-7a6b5c4d3e2f';
const DOCUMENT_ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const GATE_RUN_ID = 'b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e';
const APPLICANT = '0a1e0000-0000-4000-8000-000000000101';
const STAFF = '0a1e0000-0000-4000-8000-000000000021';
const EXECUTION_ARN = `arn:aws:states:eu-central-1:123456789012:express:cadre-dev-applicationTransition:${APPLICATION_ID}-v4-interview`;
const GATE_EXECUTION_ARN = `arn:aws:states:eu-central-1:123456789012:execution:cadre-dev-cohortGate:${GATE_RUN_ID}-1`;
const EXPERT = '0a1e0000-0000-4000-8000-000000000011';
const CURSOR = 'eyJwayI6IlNFQVNPTiNwcm9rYWRyeS0yMDI3LXNwcmluZyJ9';

const settings = prokadryTemplate.settings;

const expertProfileContent = {
  displayName: 'Ольга Кузнецова, к. э. н.',
  competences: ['public-administration', 'youth-policy'],
  languages: ['ru', 'en'] as ('ru' | 'en')[],
  region: '59' as const,
  organisation: 'Пермский государственный университет',
  capacityPerSeason: 40,
  available: true,
  declaredConflicts: [{ kind: 'organisation' as const, name: 'АНО «Молодёжный центр Прикамья»' }],
};
const expertProfile = {
  ...expertProfileContent,
  expertId: EXPERT,
  version: 1,
  createdAt: '2027-04-20T09:00:00.000Z',
  updatedAt: '2027-04-20T09:00:00.000Z',
};
const interviewRubric = settings.reviewRubrics.find((rubric) => rubric.id === 'expert-interview');
if (interviewRubric === undefined) throw new Error('The ПроКадры template has no expert-interview rubric');
const assignedReview = {
  applicationId: APPLICATION_ID,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  rubricId: 'expert-interview',
  stage: 'interview',
  expertId: EXPERT,
  status: 'assigned' as const,
  scores: {},
  documents: ['video-presentation'],
  assignedBy: STAFF,
  assignedAt: '2027-10-20T09:00:00.000Z',
  conflictOverride: {
    reason: 'Эксперт ушёл из этого университета в 2019 году; других экспертов по теме нет.',
    by: STAFF,
    at: '2027-10-20T09:00:00.000Z',
    conflicts: [{ kind: 'same-university' as const, source: 'detected' as const, detail: 'Пермский государственный университет' }],
  },
  updatedAt: '2027-10-20T09:00:00.000Z',
  version: 1,
};
const submittedFields = {
  status: 'submitted' as const,
  scores: { motivation: 8, experience: 7, initiatives: 6.5, 'internship-choice': 9 },
  weightedScore: 7.58,
  commentForApplicant: 'Сильная мотивация; предложения для стажировки стоит конкретизировать.',
  submittedAt: '2027-10-28T18:30:00.000Z',
  updatedAt: '2027-10-28T18:30:00.000Z',
  version: 3,
};
const submittedReview = { ...assignedReview, ...submittedFields };
const { conflictOverride: _override, assignedBy: _assignedBy, ...myReview } = assignedReview;
const interviewScore = {
  rubricId: 'expert-interview',
  method: 'median' as const,
  score: 7.3,
  reviewCount: 2,
  spread: 0.57,
  disagreement: false,
  passed: true,
  extraReviewerWanted: false,
  explanation: {
    method: 'median' as const,
    perReview: [
      { expertId: EXPERT, raw: 7.58, used: 7.58, dropped: false },
      { expertId: '0a1e0000-0000-4000-8000-000000000012', raw: 7.01, used: 7.01, dropped: false },
    ],
  },
  computedAt: '2027-10-29T10:00:00.000Z',
};
const poolMember = {
  seasonId: SEASON_ID,
  expertId: EXPERT,
  displayName: expertProfile.displayName,
  competences: expertProfile.competences,
  languages: expertProfile.languages,
  capacity: 30,
  load: 0,
  submitted: 0,
  assignedByRubric: {},
  submittedByRubric: {},
  addedBy: STAFF,
  addedAt: '2027-04-25T09:00:00.000Z',
  updatedAt: '2027-04-25T09:00:00.000Z',
};

const programme = {
  id: PROGRAMME_ID,
  templateId: 'prokadry',
  version: 3,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2027-01-15T12:30:00.000Z',
  settings,
} as const;

const calendar = [
  { stage: 'application', opensAt: '2027-05-01T00:00:00+03:00', closesAt: '2027-08-31T23:59:59+03:00', closeGate: { to: 'screening' } },
  { stage: 'education', opensAt: '2027-09-01T00:00:00+03:00', closesAt: '2027-09-30T23:59:59+03:00' },
];

const seasonDefinition = {
  id: SEASON_ID,
  title: { ru: 'ПроКадры: весна 2027', en: 'ProKadry: spring 2027' },
  description: {
    ru: 'Отбор на региональные и федеральные стажировки в органах власти.',
    en: 'Selection for regional and federal internships in public bodies.',
  },
  referenceDate: '2027-05-01',
  calendar,
  questions: [
    {
      id: 'motivation-letter',
      kind: 'text' as const,
      label: { ru: 'Почему вы хотите участвовать?', en: 'Why do you want to take part?' },
      required: true,
      maxLength: 3000,
    },
  ],
};

const season = {
  ...seasonDefinition,
  programmeId: PROGRAMME_ID,
  status: 'open',
  version: 2,
  createdAt: '2027-02-01T10:00:00.000Z',
  updatedAt: '2027-04-30T10:00:05.000Z',
  openingAttempts: 1,
  openedAt: '2027-04-30T10:00:05.000Z',
} as const;

const profileContent = {
  name: { last: 'Иванова', first: 'Анна', patronymic: 'Сергеевна' },
  birthDate: '2003-04-17',
  citizenship: ['RU'],
  region: '59' as const,
  education: [
    {
      institution: 'Пермский государственный национальный исследовательский университет',
      field: 'Государственное и муниципальное управление',
      level: 'bachelor' as const,
      graduationYear: 2025,
      publicAdministration: true,
    },
  ],
  workExperience: [],
  activity: {
    organisations: [],
    ownProjects: [{ title: 'Школа молодого избирателя', year: 2024 }],
    internships: [],
    youthGovernment: [
      { body: 'Молодёжное правительство Пермского края', level: 'regional' as const, from: '2023-09-01', to: '2025-06-30' },
    ],
  },
  contacts: { email: 'anna.ivanova@example.ru', phone: '+79123456789' },
  preferredLanguage: 'ru' as const,
};

const profile = {
  ...profileContent,
  applicantId: APPLICANT,
  version: 2,
  createdAt: '2027-05-02T08:10:00.000Z',
  updatedAt: '2027-05-03T19:45:00.000Z',
};

const personalDataConsent = {
  id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  at: '2027-05-02T08:05:00.000Z',
  kind: 'personal-data' as const,
  textVersion: 'pd-2026-01',
};

const draftContent = {
  preferredInternshipLevel: 'federal',
  internshipJustification: 'Хочу работать над молодёжной политикой на федеральном уровне.',
  answers: { 'motivation-letter': 'Три года в молодёжном правительстве края научили меня доводить проекты до результата.' },
};

const document = {
  id: DOCUMENT_ID,
  requirementId: 'resume',
  format: 'pdf' as const,
  fileName: 'Иванова-резюме.pdf',
  status: 'verified' as const,
  createdAt: '2027-05-04T10:00:00.000Z',
  verifiedAt: '2027-05-04T10:01:12.000Z',
};

const createdEvent = { at: '2027-05-03T20:00:00.000Z', version: 1, kind: 'created' as const, actor: 'applicant', toStage: 'application' };

const application = {
  id: APPLICATION_ID,
  seasonId: SEASON_ID,
  programmeId: PROGRAMME_ID,
  applicantId: APPLICANT,
  stage: { id: 'screening', name: { ru: 'Отбор', en: 'Screening' } },
  ...draftContent,
  track: {
    id: 'young',
    name: { ru: 'Young', en: 'Young' },
    rule: 'young-studies-or-activity',
    assignedAt: '2027-05-10T14:00:00.000Z',
  },
  region: '59',
  language: 'ru' as const,
  createdAt: '2027-05-03T20:00:00.000Z',
  updatedAt: '2027-05-10T14:00:00.000Z',
  submittedAt: '2027-05-10T14:00:00.000Z',
  version: 3,
  processingStopped: false,
  history: [
    createdEvent,
    {
      at: '2027-05-10T14:00:00.000Z',
      version: 3,
      kind: 'submitted' as const,
      actor: 'applicant',
      fromStage: 'application',
      toStage: 'screening',
    },
  ],
  documents: [document],
};

const draft = {
  ...application,
  stage: { id: 'application', name: { ru: 'Заявочная кампания', en: 'Application campaign' } },
  track: undefined,
  region: undefined,
  submittedAt: undefined,
  version: 1,
  answers: {},
  preferredInternshipLevel: undefined,
  internshipJustification: undefined,
  history: [createdEvent],
  documents: [],
};
const {
  track: _noTrack,
  region: _noRegion,
  submittedAt: _notSubmitted,
  preferredInternshipLevel: _noLevel,
  internshipJustification: _noText,
  ...newDraft
} = draft;

const team = {
  seasonId: SEASON_ID,
  id: 'eco-drive',
  name: 'Эко-драйв',
  members: [
    { applicationId: APPLICATION_ID, participantRole: 'pupil' },
    { applicationId: SECOND_APPLICATION_ID, participantRole: 'tutor' },
  ],
  mentor: { applicationId: MENTOR_APPLICATION_ID },
  createdAt: '2027-06-05T09:00:00.000Z',
  updatedAt: '2027-06-06T11:20:00.000Z',
  updatedBy: STAFF,
  version: 2,
};

const webinar = {
  id: 'public-policy-basics',
  title: { ru: 'Основы государственной политики', en: 'Public policy basics' },
  accessUntil: '2027-09-30T20:59:59.000Z',
  tracks: ['beginner', 'young'],
};
const broadcast = {
  id: 'meet-the-ministry',
  title: { ru: 'Встреча с министерством', en: 'Meet the ministry' },
  scheduledAt: '2027-09-15T15:00:00.000Z',
  tracks: ['young', 'pro'],
};
const courses = { seasonId: SEASON_ID, webinars: [webinar], broadcasts: [broadcast], version: 1, updatedAt: '2027-08-20T10:00:00.000Z' };

const REVIEW_ASSIGNMENT_RUN_ID = 'd1e2f3a4-b5c6-8d7e-9f0a-1b2c3d4e5f6a';
/** A run over ПроКадры's interview stage: 4,200 applications, 21 pages, two reviews each; one short of a qualified expert. */
const reviewAssignmentRun = {
  id: REVIEW_ASSIGNMENT_RUN_ID,
  seasonId: SEASON_ID,
  rubricId: 'expert-interview',
  stage: 'interview',
  status: 'succeeded' as const,
  startedBy: STAFF,
  startedAt: '2027-10-01T09:00:00.000Z',
  updatedAt: '2027-10-01T09:06:12.000Z',
  finishedAt: '2027-10-01T09:06:12.000Z',
  executions: 1,
  pageSize: 200,
  pages: 21,
  applications: 4200,
  assigned: 8399,
  short: 1,
  shortReasons: { 'no-qualified-expert': 1 },
  failures: [],
};

/** The same run while it works: nothing counted yet, or (resumed) counted up to where it stopped. */
const { finishedAt: _finishedAt, ...reviewAssignmentRunning } = { ...reviewAssignmentRun, status: 'running' as const };

const gateRun = {
  id: GATE_RUN_ID,
  seasonId: SEASON_ID,
  from: 'education',
  to: 'interview',
  action: 'move' as const,
  actor: 'staff' as const,
  status: 'running' as const,
  startedAt: '2027-10-01T09:00:00.000Z',
  updatedAt: '2027-10-01T09:00:42.000Z',
  executions: 1,
  total: 1840,
  seen: 1200,
  moved: 930,
  skipped: 270,
  alreadyMoved: 0,
  skippedReasons: { 'not-shortlisted': 270 },
  failures: [],
  shards: { total: 16, done: 10 },
};

const transitionFailure = {
  id: `${APPLICATION_ID}-v4-interview`,
  applicationId: APPLICATION_ID,
  programmeId: PROGRAMME_ID,
  seasonId: SEASON_ID,
  request: { applicationId: APPLICATION_ID, from: 'education', to: 'interview', actor: 'staff' as const, actorId: STAFF },
  error: 'States.Timeout',
  cause: 'The task ApplyTransition timed out after its retries.',
  at: '2027-10-01T09:05:00.000Z',
  status: 'open' as const,
};

export const ROUTE_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(getOpenApiDocument, {
    responses: { 200: { openapi: '3.1.0', info: { title: 'cadre API', version: '1.0.0' }, paths: { '/seasons': { get: {} } } } },
  }),
  routeExamples(getApiDocsPage, { responses: { 200: '<!doctype html>\n<html lang="en">…<div id="swagger-ui"></div>…</html>' } }),
  routeExamples(getApiDocsScript, { responses: { 200: '/*! Swagger UI */ …' } }),
  routeExamples(getApiDocsStylesheet, { responses: { 200: '.swagger-ui{…}' } }),

  routeExamples(listProgrammeTemplates, {
    responses: { 200: { items: [{ id: 'prokadry', source: prokadryTemplate.source, settings }] } },
  }),
  routeExamples(createProgramme, {
    request: { id: PROGRAMME_ID, templateId: 'prokadry', overrides: { contact: { email: 'prokadry@example.ru', language: 'ru' } } },
    responses: { 201: { ...programme, version: 1, updatedAt: programme.createdAt } },
  }),
  routeExamples(listProgrammes, {
    responses: {
      200: {
        items: [{ id: PROGRAMME_ID, templateId: 'prokadry', name: settings.name, version: 3, updatedAt: programme.updatedAt }],
        nextCursor: CURSOR,
      },
    },
  }),
  routeExamples(getProgramme, { responses: { 200: programme } }),
  routeExamples(updateProgramme, {
    request: { version: 2, settings },
    responses: { 200: programme },
  }),
  routeExamples(createSeason, {
    request: seasonDefinition,
    responses: { 201: { ...season, status: 'draft', version: 1, updatedAt: season.createdAt, openingAttempts: 0, openedAt: undefined } },
  }),
  routeExamples(listProgrammeSeasons, { responses: { 200: { items: [season] } } }),
  routeExamples(openSeason, { responses: { 202: { ...season, status: 'opening', openedAt: undefined } } }),
  routeExamples(listOpenSeasons, {
    responses: {
      200: {
        items: [
          {
            id: SEASON_ID,
            programmeId: PROGRAMME_ID,
            title: season.title,
            description: season.description,
            referenceDate: season.referenceDate,
            calendar,
          },
        ],
      },
    },
  }),
  routeExamples(getPublicSeason, {
    responses: {
      200: {
        id: SEASON_ID,
        programmeId: PROGRAMME_ID,
        status: 'open',
        title: season.title,
        description: season.description,
        referenceDate: season.referenceDate,
        calendar,
        questions: seasonDefinition.questions,
        programme: {
          name: settings.name,
          description: settings.description,
          participantRoles: settings.participantRoles,
          tracks: settings.tracks,
          internshipLevels: settings.internshipLevels,
          documentRequirements: settings.documentRequirements,
          eligibility: settings.eligibility,
        },
      },
    },
  }),
  routeExamples(listSeasonWorkflowFailures, {
    responses: {
      200: {
        items: [
          {
            id: `${SEASON_ID}-open-1`,
            workflow: 'openSeason',
            programmeId: PROGRAMME_ID,
            seasonId: SEASON_ID,
            error: 'MailQueueUnavailable',
            cause: 'The announcement could not be queued.',
            at: '2027-04-30T10:00:04.000Z',
          },
        ],
      },
    },
  }),
  routeExamples(getCurrentIdentity, {
    responses: { 200: { subject: STAFF, email: 'staff@cadre.example', roles: ['staff'], programmes: [PROGRAMME_ID] } },
  }),

  routeExamples(listRegions, {
    responses: {
      200: {
        items: [{ code: '59', federalDistrict: 'volga', name: { ru: 'Пермский край', en: 'Perm Krai' } }],
        federalDistricts: [{ id: 'volga', name: { ru: 'Приволжский федеральный округ', en: 'Volga Federal District' } }],
      },
    },
  }),
  routeExamples(getMyProfile, { responses: { 200: profile } }),
  routeExamples(saveMyProfile, {
    request: { ...profileContent, version: 1 },
    responses: { 200: profile, 201: { ...profile, version: 1, updatedAt: profile.createdAt } },
  }),
  routeExamples(listConsentTexts, {
    responses: {
      200: {
        items: [
          {
            kind: 'personal-data',
            version: 'pd-2026-01',
            publishedOn: '2026-01-15',
            current: true,
            title: { ru: 'Согласие на обработку персональных данных', en: 'Consent to the processing of personal data' },
            body: { ru: 'Я даю согласие…', en: 'I consent…' },
          },
        ],
      },
    },
  }),
  routeExamples(getMyConsents, {
    responses: {
      200: {
        items: [personalDataConsent],
        current: {
          personalData: 'given',
          textVersion: 'pd-2026-01',
          currentTextVersion: 'pd-2026-01',
          guardian: 'missing',
          mayProcess: true,
          dataSharing: {
            region: {
              consentId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
              textVersion: 'dsr-2026-01',
              fields: ['name', 'contacts.email', 'education', 'track', 'stage'],
              at: '2027-05-01T08:10:00.000Z',
            },
            currentTextVersions: { region: 'dsr-2026-01', host: 'dsh-2026-01' },
          },
        },
      },
    },
  }),
  routeExamples(giveConsent, {
    request: { kind: 'personal-data', textVersion: 'pd-2026-01' },
    responses: { 201: personalDataConsent },
  }),
  routeExamples(recordGuardianConsent, {
    request: {
      textVersion: 'guardian-2026-01',
      guardian: { fullName: 'Иванова Мария Петровна', phone: '+79123456780', relationship: 'parent' },
    },
    responses: {
      201: {
        id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
        at: '2027-05-02T08:07:00.000Z',
        kind: 'guardian',
        textVersion: 'guardian-2026-01',
        guardian: { fullName: 'Иванова Мария Петровна', phone: '+79123456780', relationship: 'parent' },
      },
    },
  }),
  routeExamples(withdrawConsent, {
    responses: { 201: { id: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', at: '2027-11-20T18:00:00.000Z', kind: 'personal-data-withdrawal' } },
  }),
  routeExamples(withdrawDataSharing, {
    request: { purpose: 'region' },
    responses: {
      201: {
        id: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
        at: '2028-01-10T09:00:00.000Z',
        kind: 'data-sharing-withdrawal',
        purpose: 'region',
      },
    },
  }),

  routeExamples(createApplication, { responses: { 201: newDraft } }),
  routeExamples(getApplication, { responses: { 200: application } }),
  routeExamples(updateApplication, {
    request: { ...draftContent, version: 1 },
    responses: { 200: { ...newDraft, ...draftContent, version: 2, updatedAt: '2027-05-04T09:30:00.000Z' } },
  }),
  routeExamples(overrideApplicationTrack, {
    request: { track: 'pro', reason: 'Работает в муниципальной службе с 2026 года: подтверждено справкой.', version: 3 },
    responses: {
      200: {
        ...application,
        track: {
          id: 'pro',
          name: { ru: 'PRO', en: 'PRO' },
          assignedAt: '2027-05-12T10:00:00.000Z',
          override: {
            by: STAFF,
            reason: 'Работает в муниципальной службе с 2026 года: подтверждено справкой.',
            at: '2027-05-12T10:00:00.000Z',
            previousTrack: 'young',
          },
        },
        version: 4,
      },
    },
  }),
  routeExamples(listMyApplications, { responses: { 200: { items: [application] } } }),
  routeExamples(listSeasonApplications, { responses: { 200: { items: [application], nextCursor: CURSOR } } }),

  routeExamples(requestDocumentUpload, {
    request: { requirementId: 'resume', fileName: 'Иванова-резюме.pdf', contentType: 'application/pdf', size: 184_320 },
    responses: {
      201: {
        documentId: DOCUMENT_ID,
        upload: {
          url: 'https://cadre-dev-documents.s3.eu-central-1.amazonaws.com/',
          fields: {
            key: `applications/${APPLICATION_ID}/documents/${DOCUMENT_ID}`,
            'Content-Type': 'application/pdf',
            Policy: 'eyJleHBpcmF0aW9uIjoiMjAyNy0wNS0wNFQxMDoxNTowMFoifQ==',
            'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
            'X-Amz-Signature': '9f2c…',
          },
        },
        expiresAt: '2027-05-04T10:15:00.000Z',
      },
    },
  }),
  routeExamples(confirmDocument, {
    responses: {
      200: {
        id: DOCUMENT_ID,
        requirementId: 'resume',
        format: 'pdf',
        contentType: 'application/pdf',
        fileName: 'Иванова-резюме.pdf',
        size: 184_320,
        status: 'verified',
        createdAt: '2027-05-04T10:00:00.000Z',
        updatedAt: '2027-05-04T10:01:12.000Z',
        verifiedAt: '2027-05-04T10:01:12.000Z',
      },
    },
  }),
  routeExamples(listApplicationDocuments, {
    responses: {
      200: {
        items: [
          {
            id: DOCUMENT_ID,
            requirementId: 'resume',
            format: 'pdf',
            contentType: 'application/pdf',
            fileName: 'Иванова-резюме.pdf',
            size: 184_320,
            status: 'verified',
            createdAt: '2027-05-04T10:00:00.000Z',
            updatedAt: '2027-05-04T10:01:12.000Z',
            verifiedAt: '2027-05-04T10:01:12.000Z',
          },
        ],
      },
    },
  }),
  routeExamples(getDocumentDownloadLink, {
    responses: {
      200: {
        url: `https://cadre-dev-documents.s3.eu-central-1.amazonaws.com/applications/${APPLICATION_ID}/documents/${DOCUMENT_ID}?X-Amz-Expires=300&X-Amz-Signature=9f2c`,
        expiresAt: '2027-05-20T12:05:00.000Z',
      },
    },
  }),

  routeExamples(getSeasonCourses, { responses: { 200: courses } }),
  routeExamples(putSeasonCourses, {
    request: { webinars: [webinar], broadcasts: [broadcast], version: 0 },
    responses: { 200: courses },
  }),
  routeExamples(reportProgressEvents, {
    request: {
      events: [
        {
          eventId: 'lms-7731',
          applicationId: APPLICATION_ID,
          kind: 'webinar-watched',
          itemId: 'public-policy-basics',
          at: '2027-09-03T18:20:00.000Z',
        },
      ],
    },
    responses: { 200: { outcomes: [{ eventId: 'lms-7731', outcome: 'recorded' }] } },
  }),
  routeExamples(importProgressCsv, {
    request: `applicationId,kind,itemId,at\n${APPLICATION_ID},broadcast-attended,meet-the-ministry,2027-09-15T15:05:00Z\n`,
    responses: { 200: { rows: 1, recorded: 1, unchanged: 0, rejected: 0, problems: [] } },
  }),
  routeExamples(getApplicationEducation, {
    responses: {
      200: {
        applicationId: APPLICATION_ID,
        seasonId: SEASON_ID,
        webinars: [{ id: webinar.id, title: webinar.title, accessUntil: webinar.accessUntil, watched: true }],
        broadcasts: [{ id: broadcast.id, title: broadcast.title, scheduledAt: broadcast.scheduledAt, attended: false }],
        completion: {
          track: 'young',
          webinars: { total: 1, watched: ['public-policy-basics'], missing: [] },
          broadcasts: { total: 1, attended: [], share: 0 },
          meetsShortlistRule: false,
        },
      },
    },
  }),

  routeExamples(submitApplication, { responses: { 200: application } }),
  routeExamples(withdrawApplication, {
    responses: {
      200: {
        ...application,
        stage: { id: 'withdrawn', name: { ru: 'Заявка отозвана', en: 'Withdrawn' } },
        version: 4,
        updatedAt: '2027-06-01T08:00:00.000Z',
      },
    },
  }),
  routeExamples(requestApplicationTransition, {
    request: { to: 'interview', reason: 'Прошла обучение полностью.' },
    responses: { 202: { executionArn: EXECUTION_ARN, from: 'education', to: 'interview' } },
  }),
  routeExamples(listTransitionFailures, { responses: { 200: { items: [transitionFailure] } } }),
  routeExamples(retryTransitionFailure, { responses: { 202: { executionArn: `${EXECUTION_ARN}-retry-1` } } }),
  routeExamples(listPendingEffects, {
    responses: {
      200: {
        items: [
          {
            applicationId: APPLICATION_ID,
            effect: 'releaseDataToRegion',
            fromStage: 'closing',
            toStage: 'completed',
            version: 9,
            status: 'pending',
            note: 'Released once partner data release is built.',
            at: '2027-12-20T12:00:00.000Z',
          },
        ],
      },
    },
  }),
  routeExamples(startGate, {
    request: { from: 'education', to: 'interview' },
    responses: { 202: { gateRunId: GATE_RUN_ID, executionArn: GATE_EXECUTION_ARN } },
  }),
  routeExamples(getGateRun, { responses: { 200: gateRun } }),
  routeExamples(resumeGateRun, { responses: { 202: { gateRunId: GATE_RUN_ID, executionArn: `${GATE_EXECUTION_ARN.slice(0, -2)}-2` } } }),
  routeExamples(listCalendarJobs, {
    responses: {
      200: {
        items: [
          {
            id: 'reminder-application-24',
            seasonId: SEASON_ID,
            programmeId: PROGRAMME_ID,
            kind: 'reminder',
            stage: 'application',
            hoursBefore: 24,
            closesAt: '2027-08-31T23:59:59+03:00',
            dueAt: '2027-08-30T20:59:59.000Z',
            status: 'pending',
            attempts: 0,
            createdAt: '2027-04-30T10:00:05.000Z',
            updatedAt: '2027-04-30T10:00:05.000Z',
          },
          {
            id: 'gate-application',
            seasonId: SEASON_ID,
            programmeId: PROGRAMME_ID,
            kind: 'gate',
            stage: 'application',
            to: 'screening',
            closesAt: '2027-08-31T23:59:59+03:00',
            dueAt: '2027-08-31T20:59:59.000Z',
            status: 'pending',
            attempts: 0,
            createdAt: '2027-04-30T10:00:05.000Z',
            updatedAt: '2027-04-30T10:00:05.000Z',
          },
        ],
      },
    },
  }),

  routeExamples(listUndeliverableMail, {
    responses: {
      200: {
        items: [
          {
            ref: 'cmVjZWlwdCMzZjJiOGMxZQ',
            mailId: 'receipt#3f2b8c1e',
            to: ['anna.ivanova@example.ru'],
            attempts: 5,
            failedAt: '2027-05-10T15:02:00.000Z',
            reason: 'SES refused the mail: MessageRejected',
          },
        ],
      },
    },
  }),
  routeExamples(retryUndeliverableMail, { responses: { 202: { mailId: 'receipt#3f2b8c1e', status: 'queued' } } }),

  routeExamples(putTeam, {
    request: { name: team.name, members: [APPLICATION_ID, SECOND_APPLICATION_ID], mentor: MENTOR_APPLICATION_ID, version: 1 },
    responses: { 200: team },
  }),
  routeExamples(listTeams, { responses: { 200: { items: [team] } } }),

  routeExamples(saveMyExpertProfile, {
    request: { ...expertProfileContent, version: 0 },
    responses: { 200: { ...expertProfile, version: 2 }, 201: expertProfile },
  }),
  routeExamples(getMyExpertProfile, { responses: { 200: expertProfile } }),
  routeExamples(placeExpertInPool, { request: { capacity: 30 }, responses: { 200: poolMember } }),
  routeExamples(assignReviewer, {
    request: { override: { reason: 'Эксперт ушёл из этого университета в 2019 году; других экспертов по теме нет.' } },
    responses: { 201: assignedReview },
  }),
  routeExamples(listApplicationReviews, { responses: { 200: { reviews: [submittedReview], aggregates: [interviewScore] } } }),
  routeExamples(listMyReviews, {
    responses: { 200: { items: [{ ...myReview, status: 'assigned', scores: {}, version: 1 }], nextCursor: CURSOR } },
  }),
  routeExamples(getMyReview, {
    responses: {
      200: {
        application: {
          applicationId: APPLICATION_ID,
          seasonId: SEASON_ID,
          stage: 'interview',
          track: 'young',
          preferredInternshipLevel: 'federal',
          internshipJustification: 'Хочу увидеть, как готовятся решения в федеральном министерстве.',
          answers: {},
          region: '59',
          background: {
            education: [
              { level: 'bachelor', field: 'Государственное и муниципальное управление', graduationYear: 2027, publicAdministration: true },
            ],
            workExperience: [],
            ownProjects: [{ title: 'Школа молодого избирателя', year: 2025 }],
            internships: [],
            organisations: [{ kind: 'youth', role: 'Волонтёр', from: '2023-09-01' }],
            youthGovernment: [],
          },
        },
        rubric: {
          id: interviewRubric.id,
          name: interviewRubric.name,
          scale: interviewRubric.scale,
          criteria: interviewRubric.criteria.map(({ id, name, weight }) => ({ id, name, weight })),
        },
        review: { status: 'draft', scores: { motivation: 8 }, version: 2, deadline: '2027-11-15T23:59:59+03:00' },
      },
    },
  }),
  routeExamples(saveMyReviewDraft, {
    request: { scores: { motivation: 8 }, commentForStaff: 'Досмотрю видео-самопрезентацию вечером.', version: 1 },
    responses: {
      200: {
        ...myReview,
        status: 'draft',
        scores: { motivation: 8 },
        commentForStaff: 'Досмотрю видео-самопрезентацию вечером.',
        version: 2,
      },
    },
  }),
  routeExamples(submitMyReview, {
    request: { scores: submittedReview.scores, commentForApplicant: submittedReview.commentForApplicant, version: 2 },
    responses: { 200: { ...myReview, ...submittedFields } },
  }),
  routeExamples(planReviewAssignments, {
    request: { rubricId: 'expert-interview', dryRun: true, limit: 100 },
    responses: {
      200: {
        rubricId: 'expert-interview',
        stage: 'interview',
        dryRun: true,
        applications: 2,
        assignments: [
          { applicationId: APPLICATION_ID, expertId: EXPERT },
          { applicationId: APPLICATION_ID, expertId: '0a1e0000-0000-4000-8000-000000000012' },
          { applicationId: SECOND_APPLICATION_ID, expertId: EXPERT },
        ],
        unassigned: [{ applicationId: SECOND_APPLICATION_ID, missing: 1, reason: 'all-qualified-conflicted' }],
        loads: [
          { expertId: EXPERT, capacity: 30, before: 24, after: 26 },
          { expertId: '0a1e0000-0000-4000-8000-000000000012', capacity: 30, before: 23, after: 24 },
        ],
        nextCursor: CURSOR,
      },
    },
  }),
  routeExamples(listExpertPool, {
    responses: {
      200: {
        items: [
          {
            ...poolMember,
            load: 24,
            submitted: 17,
            assignedByRubric: { 'expert-interview': 24 },
            submittedByRubric: { 'expert-interview': 17 },
          },
        ],
        nextCursor: CURSOR,
      },
    },
  }),
  routeExamples(remindExperts, {
    request: { rubricId: 'expert-interview' },
    responses: { 202: { queued: 14, alreadyQueued: 2, capReached: 1, withoutAddress: 1 } },
  }),
  routeExamples(getReviewProgress, {
    responses: {
      200: {
        seasonId: SEASON_ID,
        rubrics: [
          { rubricId: 'expert-interview', stage: 'interview', assigned: 412, submitted: 377, experts: 18 },
          { rubricId: 'ministry-interview', stage: 'federal-interview', assigned: 0, submitted: 0, experts: 0 },
        ],
        pool: { experts: 23, capacity: 690, load: 412 },
      },
    },
  }),
  routeExamples(startScoreExportRoute, {
    request: { rubricId: 'expert-interview' },
    responses: {
      202: {
        exportId: SCORE_EXPORT_ID,
        seasonId: SEASON_ID,
        status: 'running',
        filters: { rubricId: 'expert-interview' },
        applications: 0,
        rows: 0,
        requestedAt: '2027-06-02T09:00:00.000Z',
        expiresAt: '2027-06-09T09:00:00.000Z',
      },
    },
  }),
  routeExamples(getScoreExportRoute, {
    responses: {
      200: {
        exportId: SCORE_EXPORT_ID,
        seasonId: SEASON_ID,
        status: 'ready',
        filters: { rubricId: 'expert-interview' },
        applications: 48_212,
        rows: 4_130,
        requestedAt: '2027-06-02T09:00:00.000Z',
        finishedAt: '2027-06-02T09:01:40.000Z',
        expiresAt: '2027-06-09T09:00:00.000Z',
        bytes: 1_912_344,
      },
    },
  }),
  routeExamples(getScoreExportLinkRoute, {
    responses: {
      200: {
        url: `https://cadre-dev-documents.s3.eu-central-1.amazonaws.com/exports/score-exports/${SEASON_ID}/${SCORE_EXPORT_ID}.csv?X-Amz-Expires=300&X-Amz-Signature=4b1e`,
        expiresAt: '2027-06-02T09:07:00.000Z',
        fileName: `scores-${SEASON_ID}-2027-06-02-09-00.csv`,
      },
    },
  }),
  routeExamples(getTeam, {
    responses: {
      200: {
        ...team,
        stages: { [APPLICATION_ID]: 'regional-school', [SECOND_APPLICATION_ID]: 'regional-school', [MENTOR_APPLICATION_ID]: 'mentoring' },
      },
    },
  }),
  ...INTERVIEW_EXAMPLES,
  ...INTERNSHIP_EXAMPLES,
  ...PLACEMENT_EXAMPLES,
  ...MENTORING_EXAMPLES,
  routeExamples(startReviewAssignmentRun, {
    request: { rubricId: 'expert-interview' },
    responses: {
      202: {
        ...reviewAssignmentRunning,
        updatedAt: reviewAssignmentRun.startedAt,
        pages: 0,
        applications: 0,
        assigned: 0,
        short: 0,
        shortReasons: {},
      },
    },
  }),
  routeExamples(listReviewAssignmentRuns, { responses: { 200: { items: [reviewAssignmentRun] } } }),
  routeExamples(getReviewAssignmentRun, { responses: { 200: reviewAssignmentRun } }),
  routeExamples(resumeReviewAssignmentRun, {
    responses: {
      202: {
        ...reviewAssignmentRunning,
        resumedBy: STAFF,
        resumedAt: '2027-10-01T09:20:00.000Z',
        updatedAt: '2027-10-01T09:20:00.000Z',
        executions: 2,
        pages: 9,
        applications: 1800,
        assigned: 3600,
        short: 0,
        shortReasons: {},
        failures: [
          {
            at: '2027-10-01T09:03:40.000Z',
            page: 9,
            error: 'States.Timeout',
            cause: 'The page did not finish within the function’s time limit.',
          },
        ],
      },
    },
  }),
  ...PARTNER_EXAMPLES,
  ...RELEASE_EXAMPLES,
  ...CERTIFICATE_EXAMPLES,
  ...REPORT_EXAMPLES,
  ...DASHBOARD_EXAMPLES,
  ...COUNTER_EXAMPLES,
  ...ERASURE_EXAMPLES,
  ...OWN_DATA_EXAMPLES,
  ...WEBHOOK_EXAMPLES,
];
