import { pairIdOf } from '../../shared/mentoring/domain/pair-id.ts';
import { randomUUID } from 'node:crypto';
import { executionArn, stateMachineArn } from '../../infra/local/step-functions/arns.ts';
import { localStateMachineName } from '../../infra/local/step-functions/manifest-state-machines.ts';
import { LOCAL_REGION } from '../../infra/local/local-settings.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { openSeasonExecutionName } from '../../shared/catalogue/use-cases/request-season-opening.ts';
import { scoreExportExecutionName } from '../../shared/reviews/use-cases/score-export/start-score-export.ts';
import { STATE_MACHINES } from '../../shared/platform/workflow/state-machine-manifest.ts';
import { matchingExecutionName } from '../../shared/internships/domain/matching/matching-run-id.ts';
import { assignmentExecutionName } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-kind.ts';
import type { ApiEventInit } from '../support/api-event.ts';
import { baseProfile } from '../support/profile-fixtures.ts';

/**
 * A realistic request for every route of the route table (test/unit/bench/route-scenarios.test.ts
 * fails when one has none), in an order where each finds what it needs (a programme before its
 * season, consent to personal-data processing before a profile or a draft, a profile before a
 * draft, a draft before its submission, an application in the education stage before its progress).
 * Only the route's own call is measured; what route-costs.ts seeds for a call is not.
 */
export interface BenchIds {
  readonly seasonId: string;
  readonly programmeId: string;
  readonly applicant: Record<string, string>;
  readonly staff: Record<string, string>;
  applicationId: string;
  documentId: string;
  submittedVersion: number;
  /** A transition failure seeded for the retry route (the execution name it failed in). */
  failureId: string;
  gateRunId: string;
  /** The review assignment run this pass started (its id comes back in the start's answer). */
  reviewAssignmentRunId: string;
  /** A programme and a draft season this pass creates through the catalogue routes (staff of every programme). */
  readonly catalogue: { readonly programmeId: string; readonly seasonId: string; readonly staff: Record<string, string> };
  /** The course catalogue's version, as getSeasonCourses read it. */
  coursesVersion: number;
  /** A mail of the season SES refused, seeded for the retry route. */
  mailRef: string;
  /** A Кадры будущего season (teams) with people at the regional school, seeded for the team routes. */
  teams: {
    readonly seasonId: string;
    readonly staff: Record<string, string>;
    readonly members: readonly string[];
    readonly mentor: string;
    readonly teamId: string;
  };
  /** An Объединение наставников season with two applications at the expert evaluation, seeded for the review routes. */
  reviews: {
    readonly seasonId: string;
    readonly staff: Record<string, string>;
    readonly applicationId: string;
    readonly secondApplicationId: string;
    readonly rubricId: string;
  };
  /**
   * A ПроКадры season with two applications at the interview stage (the applicant's and a second
   * one, booked through the store, for the attendance), a ministry's event and an empty one.
   */
  interviews: {
    readonly seasonId: string;
    readonly staff: Record<string, string>;
    readonly applicant: Record<string, string>;
    readonly applicationId: string;
    readonly secondApplicationId: string;
    readonly eventId: string;
    readonly emptyEventId: string;
  };
  /**
   * A ПроКадры season with its regional internship open, a registered Perm РОИВ (a person of it
   * publishes the measured offer) and a beginner of Perm at the regional internship who ranks it.
   */
  internships: {
    readonly seasonId: string;
    readonly staff: Record<string, string>;
    readonly host: Record<string, string>;
    readonly hostOrganisation: string;
    readonly applicant: Record<string, string>;
    readonly applicationId: string;
    readonly offerId: string;
  };
  /** The score export startScoreExport started, for the routes that read it (until then, an id that finds none). */
  scoreExportId?: string;
  /** The counter rebuild this pass started on the bench season (its id comes back in the start's answer). */
  counterRebuildId?: string;
  /** The applicant's erasure request and the one staff opened for the certificate holder (their ids come back in the answers). */
  erasureRequestId?: string;
  staffErasureRequestId?: string;
  /** The webhook endpoint staff register for the bench programme, and the test delivery queued for it (ids from the answers). */
  webhookEndpointId?: string;
  webhookDeliveryId?: string;
  /** A partner organisation this pass registers (Perm Krai's youth-policy body): its own partner reads it, staff list the region's. */
  readonly partnerOrganisationId: string;
  /**
   * A ПроКадры season at its federal internship (a ministry's approved offer, two finalists who
   * ranked it), seeded for the matching run and placement routes; the run and the applicant's
   * placement are the ones the scenarios make.
   */
  placements: {
    readonly seasonId: string;
    readonly staff: Record<string, string>;
    readonly applicant: Record<string, string>;
    readonly applicationId: string;
    readonly host: Record<string, string>;
    runId: string;
    placementId: string;
  };
  /**
   * A finalist's release to that organisation (seeded before saveMachineClient), the machine client
   * the pass registers for it, and the export startReleaseExport makes (its id and mailed key).
   */
  releases: {
    readonly applicationId: string;
    readonly releaseId: string;
    readonly applicant: Record<string, string>;
    readonly clientId: string;
    exportId: string;
    exportKey: string;
  };
  /**
   * An Объединение наставников season with two projects waiting for a mentor (the measured mentor
   * takes both through the matching), then a third project and a second mentor for pairing by
   * hand, and a mentor without pairs for the removal (mentoring-bench-seeds.ts).
   */
  mentoring: {
    readonly seasonId: string;
    readonly programmeId: string;
    readonly staff: Record<string, string>;
    readonly mentor: Record<string, string>;
    readonly mentee: Record<string, string>;
    readonly applicationId: string;
    readonly pairId: string;
    readonly secondApplicationId: string;
    readonly handApplicationId: string;
    readonly handMentorId: string;
    readonly idleMentorId: string;
  };
  /**
   * A ПроКадры graduate's issued certificate in a season of its own, its holder and the season's
   * staff (certificate-bench-seeds.ts); `version` is read from the store before the revocation.
   */
  certificates: {
    readonly seasonId: string;
    readonly staff: Record<string, string>;
    readonly holder: Record<string, string>;
    readonly certificateId: string;
    version: number;
  };
}

export interface Scenario {
  readonly operationId: string;
  readonly request: (ids: BenchIds) => ApiEventInit;
  /** The execution the call starts, where its answer does not name it (as `executionArn`). */
  readonly startsExecution?: (ids: BenchIds) => string;
}

/** The local ARN of a manifest state machine's execution (what the route started, named by the use case). */
const localExecution = (workflow: string, executionName: string): string => {
  const machine = STATE_MACHINES.find((candidate) => candidate.name === workflow);
  if (machine === undefined) throw new Error(`No state machine ${workflow} in the manifest`);
  return executionArn(stateMachineArn(LOCAL_REGION, localStateMachineName(machine)), executionName);
};

const learningPlatformClaims = (programmeId: string): Record<string, string> => ({
  sub: 'learning-platform-bench',
  'cognito:groups': '[partner]',
  'custom:organisation': 'learning-platform',
  'custom:programmes': programmeId,
});

/** A person of a registered partner organisation of Perm Krai. */
const partnerOf = (organisationId: string): Record<string, string> => ({
  sub: 'partner-bench',
  'cognito:groups': '[partner]',
  'custom:organisation': organisationId,
  'custom:region': '59',
});

/** A machine client's access-token claims, as the machine routes' JWT authorizer passes them on. */
const machineOf = (clientId: string): Record<string, string> => ({
  sub: clientId,
  client_id: clientId,
  token_use: 'access',
  scope: 'cadre-partners/releases.read',
});

const courseTitle = { ru: 'Основы государственного управления', en: 'Public administration basics' };
/** ПроКадры's education block for the bench season: a webinar and two broadcasts for every track. */
const COURSES = {
  webinars: [{ id: 'state-basics', title: courseTitle, accessUntil: '2099-01-01T00:00:00Z', tracks: ['beginner', 'young', 'pro'] }],
  broadcasts: [
    { id: 'live-1', title: courseTitle, scheduledAt: '2026-08-10T15:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'live-2', title: courseTitle, scheduledAt: '2026-08-17T15:00:00Z', tracks: ['beginner', 'young', 'pro'] },
  ],
};

export const newApplicantClaims = (): Record<string, string> => {
  const sub = randomUUID();
  return { sub, 'cognito:groups': '[applicant]', email: `${sub}@example.org` };
};

const interviewAt = (hours: number): string => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString();
const scoreExportOf = (ids: BenchIds): string => ids.scoreExportId ?? '00000000-0000-4000-8000-00000000e0e0';

export const BENCH_EXPERT = 'expert-bench';
const EXPERT = BENCH_EXPERT;
const EXPERT_CLAIMS: Record<string, string> = { sub: EXPERT, 'cognito:groups': '[expert]', email: 'expert.bench@example.org' };
const EXPERT_PROFILE = {
  displayName: 'Ольга Кузнецова, к. э. н.',
  competences: ['social-projects', 'public-administration'],
  languages: ['ru'],
  region: '59',
  organisation: 'Пермский государственный университет',
  capacityPerSeason: 40,
  available: true,
  declaredConflicts: [{ kind: 'organisation', name: 'АНО «Молодёжный центр»' }],
};

/** The catalogue as staff use it: templates, a programme from one, edited, a season of it, opened. */
const CATALOGUE_SCENARIOS: readonly Scenario[] = [
  { operationId: 'getOpenApiDocument', request: () => ({ method: 'GET', route: '/openapi.json' }) },
  { operationId: 'getApiDocsPage', request: () => ({ method: 'GET', route: '/docs' }) },
  { operationId: 'getApiDocsScript', request: () => ({ method: 'GET', route: '/docs/swagger-ui.js' }) },
  { operationId: 'getApiDocsStylesheet', request: () => ({ method: 'GET', route: '/docs/swagger-ui.css' }) },
  {
    operationId: 'listProgrammeTemplates',
    request: ({ catalogue }) => ({ method: 'GET', route: '/programme-templates', claims: catalogue.staff }),
  },
  {
    operationId: 'createProgramme',
    request: ({ catalogue }) => ({
      method: 'POST',
      route: '/programmes',
      claims: catalogue.staff,
      body: { id: catalogue.programmeId, templateId: 'prokadry' },
    }),
  },
  {
    operationId: 'listProgrammes',
    request: ({ catalogue }) => ({ method: 'GET', route: '/programmes', claims: catalogue.staff, query: { limit: '25' } }),
  },
  {
    operationId: 'getProgramme',
    request: ({ catalogue }) => ({
      method: 'GET',
      route: '/programmes/{programmeId}',
      pathParameters: { programmeId: catalogue.programmeId },
      claims: catalogue.staff,
    }),
  },
  {
    operationId: 'updateProgramme',
    request: ({ catalogue }) => ({
      method: 'PUT',
      route: '/programmes/{programmeId}',
      pathParameters: { programmeId: catalogue.programmeId },
      claims: catalogue.staff,
      body: { version: 1, settings: prokadryTemplate.settings },
    }),
  },
  {
    operationId: 'createSeason',
    request: ({ catalogue }) => {
      const opensAt = new Date();
      const closesAt = new Date(opensAt.getTime() + 30 * 24 * 60 * 60 * 1000);
      return {
        method: 'POST',
        route: '/programmes/{programmeId}/seasons',
        pathParameters: { programmeId: catalogue.programmeId },
        claims: catalogue.staff,
        body: {
          id: catalogue.seasonId,
          title: { ru: 'ПроКадры: сезон для замера', en: 'ProKadry: bench season' },
          description: { ru: 'Сезон, созданный npm run bench', en: 'A season npm run bench created' },
          referenceDate: closesAt.toISOString().slice(0, 10),
          calendar: [{ stage: 'application', opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }],
          questions: [],
        },
      };
    },
  },
  {
    operationId: 'listProgrammeSeasons',
    request: ({ catalogue }) => ({
      method: 'GET',
      route: '/programmes/{programmeId}/seasons',
      pathParameters: { programmeId: catalogue.programmeId },
      claims: catalogue.staff,
    }),
  },
  {
    operationId: 'openSeason',
    request: ({ catalogue }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/open',
      pathParameters: { seasonId: catalogue.seasonId },
      claims: catalogue.staff,
    }),
    startsExecution: ({ catalogue }) => localExecution('openSeason', openSeasonExecutionName(catalogue.seasonId, 1)),
  },
  {
    operationId: 'listSeasonWorkflowFailures',
    request: ({ catalogue }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/workflow-failures',
      pathParameters: { seasonId: catalogue.seasonId },
      claims: catalogue.staff,
    }),
  },
  { operationId: 'listOpenSeasons', request: () => ({ method: 'GET', route: '/seasons', query: { limit: '25' } }) },
  {
    operationId: 'getPublicSeason',
    request: ({ seasonId }) => ({ method: 'GET', route: '/seasons/{seasonId}', pathParameters: { seasonId } }),
  },
];

/** Until registerWebhookEndpoint answers, ids that find nothing. */
const webhookEndpoint = (ids: BenchIds) => ({ endpointId: ids.webhookEndpointId ?? '00000000-0000-4000-8000-00000000ab00' });
const webhookDelivery = (ids: BenchIds) => ({
  ...webhookEndpoint(ids),
  deliveryId: ids.webhookDeliveryId ?? '00000000-0000-4000-8000-00000000de11',
});

/** The education block on the bench season, for this pass's application (in `education`, on a track). */
const EDUCATION_SCENARIOS: readonly Scenario[] = [
  {
    operationId: 'getSeasonCourses',
    request: ({ staff, seasonId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId },
      claims: staff,
    }),
  },
  {
    operationId: 'putSeasonCourses',
    request: ({ staff, seasonId, coursesVersion }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/courses',
      pathParameters: { seasonId },
      claims: staff,
      body: { ...COURSES, version: coursesVersion },
    }),
  },
  {
    operationId: 'reportProgressEvents',
    request: ({ programmeId, seasonId, applicationId }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/education/events',
      pathParameters: { seasonId },
      claims: learningPlatformClaims(programmeId),
      body: {
        events: [
          {
            eventId: `bench-${randomUUID()}`,
            applicationId,
            kind: 'webinar-watched',
            itemId: 'state-basics',
            at: new Date().toISOString(),
          },
        ],
      },
    }),
  },
  {
    operationId: 'importProgressCsv',
    request: ({ staff, seasonId, applicationId }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/education/imports',
      pathParameters: { seasonId },
      claims: staff,
      headers: { 'content-type': 'text/csv' },
      rawBody: `applicationId,kind,itemId,at\n${applicationId},broadcast-attended,live-1,2026-08-10T15:30:00Z\n${applicationId},broadcast-attended,live-2,2026-08-17T15:30:00Z\n`,
    }),
  },
  {
    operationId: 'getApplicationEducation',
    request: ({ applicant, applicationId }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/education',
      pathParameters: { applicationId },
      claims: applicant,
    }),
  },
];

export const SCENARIOS: readonly Scenario[] = [
  ...CATALOGUE_SCENARIOS,
  { operationId: 'getCurrentIdentity', request: ({ applicant }) => ({ method: 'GET', route: '/me', claims: applicant }) },
  { operationId: 'listRegions', request: ({ applicant }) => ({ method: 'GET', route: '/regions', claims: applicant }) },
  { operationId: 'listConsentTexts', request: ({ applicant }) => ({ method: 'GET', route: '/consent-texts', claims: applicant }) },
  {
    operationId: 'giveConsent',
    request: ({ applicant }) => ({
      method: 'POST',
      route: '/me/consents',
      claims: applicant,
      body: { kind: 'personal-data', textVersion: 'pd-2026-01' },
    }),
  },
  {
    operationId: 'saveMyProfile',
    request: ({ applicant }) => ({
      method: 'PUT',
      route: '/me/profile',
      claims: applicant,
      body: { ...baseProfile(), contacts: { email: applicant['email'] } },
    }),
  },
  { operationId: 'getMyProfile', request: ({ applicant }) => ({ method: 'GET', route: '/me/profile', claims: applicant }) },
  {
    operationId: 'recordGuardianConsent',
    request: ({ applicant }) => ({
      method: 'POST',
      route: '/me/consents/guardian',
      claims: applicant,
      body: {
        textVersion: 'guardian-2026-01',
        guardian: { fullName: 'Тестова Мария Петровна', email: 'guardian@example.org', relationship: 'parent' },
      },
    }),
  },
  { operationId: 'getMyConsents', request: ({ applicant }) => ({ method: 'GET', route: '/me/consents', claims: applicant }) },
  {
    operationId: 'createApplication',
    request: ({ applicant, seasonId }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId },
      claims: applicant,
    }),
  },
  {
    operationId: 'updateApplication',
    request: ({ applicant, applicationId }) => ({
      method: 'PUT',
      route: '/applications/{applicationId}',
      pathParameters: { applicationId },
      claims: applicant,
      body: {
        version: 1,
        preferredInternshipLevel: 'regional',
        internshipJustification: 'Хочу работать в своём регионе',
        answers: { motivation: 'Служить людям' },
      },
    }),
  },
  {
    operationId: 'requestDocumentUpload',
    request: ({ applicant, applicationId }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/documents',
      pathParameters: { applicationId },
      claims: applicant,
      body: { requirementId: 'resume', fileName: 'resume.pdf', contentType: 'application/pdf', size: 200_000 },
    }),
  },
  {
    operationId: 'confirmDocument',
    request: ({ applicant, applicationId, documentId }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/documents/{documentId}/confirm',
      pathParameters: { applicationId, documentId },
      claims: applicant,
    }),
  },
  {
    operationId: 'listApplicationDocuments',
    request: ({ applicant, applicationId }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/documents',
      pathParameters: { applicationId },
      claims: applicant,
    }),
  },
  {
    operationId: 'getDocumentDownloadLink',
    request: ({ staff, applicationId, documentId }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/documents/{documentId}/download',
      pathParameters: { applicationId, documentId },
      claims: staff,
    }),
  },
  {
    operationId: 'submitApplication',
    request: ({ applicant, applicationId }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/submit',
      pathParameters: { applicationId },
      claims: applicant,
      headers: { 'idempotency-key': `bench-${applicationId}` },
    }),
  },
  {
    operationId: 'getApplication',
    request: ({ applicant, applicationId }) => ({
      method: 'GET',
      route: '/applications/{applicationId}',
      pathParameters: { applicationId },
      claims: applicant,
    }),
  },
  { operationId: 'listMyApplications', request: ({ applicant }) => ({ method: 'GET', route: '/me/applications', claims: applicant }) },
  {
    operationId: 'listSeasonApplications',
    request: ({ staff, seasonId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId },
      claims: staff,
      query: { stage: 'screening', limit: '25' },
    }),
  },
  {
    operationId: 'overrideApplicationTrack',
    request: ({ staff, applicationId, submittedVersion }) => ({
      method: 'PUT',
      route: '/applications/{applicationId}/track',
      pathParameters: { applicationId },
      claims: staff,
      body: { track: 'young', reason: 'Youth-government member, not in the profile yet', version: submittedVersion },
    }),
  },
  {
    operationId: 'requestApplicationTransition',
    request: ({ staff, applicationId }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/transitions',
      pathParameters: { applicationId },
      claims: staff,
      body: { to: 'education', reason: 'Screening passed' },
    }),
  },
  {
    operationId: 'listTransitionFailures',
    request: ({ staff, applicationId }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/transition-failures',
      pathParameters: { applicationId },
      claims: staff,
    }),
  },
  {
    operationId: 'retryTransitionFailure',
    request: ({ staff, applicationId, failureId }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/transition-failures/{failureId}/retry',
      pathParameters: { applicationId, failureId },
      claims: staff,
    }),
  },
  {
    operationId: 'listPendingEffects',
    request: ({ staff, applicationId }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/pending-effects',
      pathParameters: { applicationId },
      claims: staff,
    }),
  },
  // The shortlist gate over the bench season's `education` stage (one application: this pass's, moved there above, not shortlisted).
  {
    operationId: 'startGate',
    request: ({ staff, seasonId }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/gates',
      pathParameters: { seasonId },
      claims: staff,
      body: { from: 'education', to: 'interview' },
    }),
  },
  {
    operationId: 'getGateRun',
    request: ({ staff, seasonId, gateRunId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/gates/{gateRunId}',
      pathParameters: { seasonId, gateRunId },
      claims: staff,
    }),
  },
  // The run above succeeded, so this is the refusal (409 gate-not-resumable); the resume itself is timed by the gate benchmark at 100k.
  {
    operationId: 'resumeGateRun',
    request: ({ staff, seasonId, gateRunId }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/gates/{gateRunId}/resume',
      pathParameters: { seasonId, gateRunId },
      claims: staff,
    }),
  },
  ...EDUCATION_SCENARIOS,
  {
    operationId: 'listCalendarJobs',
    request: ({ staff, seasonId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/calendar-jobs',
      pathParameters: { seasonId },
      claims: staff,
    }),
  },
  {
    operationId: 'listUndeliverableMail',
    request: ({ staff, seasonId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/undeliverable-mail',
      pathParameters: { seasonId },
      claims: staff,
    }),
  },
  {
    operationId: 'retryUndeliverableMail',
    request: ({ staff, seasonId, mailRef }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/undeliverable-mail/{mailRef}/retry',
      pathParameters: { seasonId, mailRef },
      claims: staff,
    }),
  },
  {
    operationId: 'listTeams',
    request: ({ staff, seasonId }) => ({ method: 'GET', route: '/seasons/{seasonId}/teams', pathParameters: { seasonId }, claims: staff }),
  },
  {
    operationId: 'putTeam',
    request: ({ teams }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/teams/{teamId}',
      pathParameters: { seasonId: teams.seasonId, teamId: teams.teamId },
      claims: teams.staff,
      body: { name: 'Команда «Север»', members: teams.members, mentor: teams.mentor, version: 0 },
    }),
  },
  {
    operationId: 'getTeam',
    request: ({ teams }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/teams/{teamId}',
      pathParameters: { seasonId: teams.seasonId, teamId: teams.teamId },
      claims: teams.staff,
    }),
  },
  {
    operationId: 'dissolveTeam',
    request: ({ teams }) => ({
      method: 'DELETE',
      route: '/seasons/{seasonId}/teams/{teamId}',
      pathParameters: { seasonId: teams.seasonId, teamId: teams.teamId },
      claims: teams.staff,
    }),
  },
  {
    operationId: 'saveMyExpertProfile',
    request: () => ({ method: 'PUT', route: '/me/expert-profile', claims: EXPERT_CLAIMS, body: EXPERT_PROFILE }),
  },
  { operationId: 'getMyExpertProfile', request: () => ({ method: 'GET', route: '/me/expert-profile', claims: EXPERT_CLAIMS }) },
  {
    operationId: 'placeExpertInPool',
    request: ({ reviews }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/experts/{expertId}',
      pathParameters: { seasonId: reviews.seasonId, expertId: EXPERT },
      claims: reviews.staff,
      body: { capacity: 30 },
    }),
  },
  {
    operationId: 'listExpertPool',
    request: ({ reviews }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: reviews.seasonId },
      claims: reviews.staff,
    }),
  },
  {
    operationId: 'planReviewAssignments',
    request: ({ reviews }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignments',
      pathParameters: { seasonId: reviews.seasonId },
      claims: reviews.staff,
      body: { rubricId: reviews.rubricId, dryRun: true, limit: 100 },
    }),
  },
  {
    operationId: 'assignReviewer',
    request: ({ reviews }) => ({
      method: 'PUT',
      route: '/applications/{applicationId}/reviews/{rubricId}/experts/{expertId}',
      pathParameters: { applicationId: reviews.applicationId, rubricId: reviews.rubricId, expertId: EXPERT },
      claims: reviews.staff,
      body: {},
    }),
  },
  {
    operationId: 'listMyReviews',
    request: ({ reviews }) => ({ method: 'GET', route: '/me/reviews', query: { seasonId: reviews.seasonId }, claims: EXPERT_CLAIMS }),
  },
  {
    operationId: 'getMyReview',
    request: ({ reviews }) => ({
      method: 'GET',
      route: '/me/reviews/{applicationId}/{rubricId}',
      pathParameters: { applicationId: reviews.applicationId, rubricId: reviews.rubricId },
      claims: EXPERT_CLAIMS,
    }),
  },
  {
    operationId: 'saveMyReviewDraft',
    request: ({ reviews }) => ({
      method: 'PUT',
      route: '/me/reviews/{applicationId}/{rubricId}',
      pathParameters: { applicationId: reviews.applicationId, rubricId: reviews.rubricId },
      claims: EXPERT_CLAIMS,
      body: { scores: { relevance: 8, feasibility: 7 }, version: 1 },
    }),
  },
  {
    operationId: 'submitMyReview',
    request: ({ reviews }) => ({
      method: 'POST',
      route: '/me/reviews/{applicationId}/{rubricId}/submission',
      pathParameters: { applicationId: reviews.applicationId, rubricId: reviews.rubricId },
      claims: EXPERT_CLAIMS,
      body: {
        scores: { relevance: 8, feasibility: 7, novelty: 6.5, readiness: 9 },
        commentForApplicant: 'Сильная идея; уточните план на первый год.',
        version: 2,
      },
    }),
  },
  {
    operationId: 'remindExperts',
    request: ({ reviews }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/review-reminders',
      pathParameters: { seasonId: reviews.seasonId },
      claims: reviews.staff,
      body: { rubricId: reviews.rubricId },
    }),
  },
  {
    operationId: 'startScoreExport',
    request: ({ reviews }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/score-exports',
      pathParameters: { seasonId: reviews.seasonId },
      claims: reviews.staff,
      body: { rubricId: reviews.rubricId },
    }),
    startsExecution: (ids) => localExecution('scoreExport', scoreExportExecutionName(scoreExportOf(ids))),
  },
  {
    operationId: 'getScoreExport',
    request: (ids) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/score-exports/{exportId}',
      pathParameters: { seasonId: ids.reviews.seasonId, exportId: scoreExportOf(ids) },
      claims: ids.reviews.staff,
    }),
  },
  {
    operationId: 'getScoreExportLink',
    request: (ids) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/score-exports/{exportId}/download-link',
      pathParameters: { seasonId: ids.reviews.seasonId, exportId: scoreExportOf(ids) },
      claims: ids.reviews.staff,
    }),
  },
  {
    operationId: 'getReviewProgress',
    request: ({ reviews }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/review-progress',
      pathParameters: { seasonId: reviews.seasonId },
      claims: reviews.staff,
    }),
  },
  {
    operationId: 'listApplicationReviews',
    request: ({ reviews }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/reviews',
      pathParameters: { applicationId: reviews.applicationId },
      claims: reviews.staff,
    }),
  },
  {
    operationId: 'unassignReviewer',
    request: ({ reviews }) => ({
      method: 'DELETE',
      route: '/applications/{applicationId}/reviews/{rubricId}/experts/{expertId}',
      pathParameters: { applicationId: reviews.secondApplicationId, rubricId: reviews.rubricId, expertId: EXPERT },
      claims: reviews.staff,
    }),
  },
  {
    operationId: 'removeExpertFromPool',
    request: ({ reviews }) => ({
      method: 'DELETE',
      route: '/seasons/{seasonId}/experts/{expertId}',
      pathParameters: { seasonId: reviews.seasonId, expertId: EXPERT },
      claims: reviews.staff,
    }),
  },
  // A run over the review season's two applications; its pool is empty by now, so it assigns nothing and counts both short.
  {
    operationId: 'startReviewAssignmentRun',
    request: ({ reviews }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignment-runs',
      pathParameters: { seasonId: reviews.seasonId },
      headers: { 'idempotency-key': randomUUID() },
      claims: reviews.staff,
      body: { rubricId: reviews.rubricId },
    }),
    startsExecution: ({ reviewAssignmentRunId }) =>
      localExecution('reviewAssignment', assignmentExecutionName({ id: reviewAssignmentRunId, executions: 1 })),
  },
  {
    operationId: 'getReviewAssignmentRun',
    request: ({ reviews, reviewAssignmentRunId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/review-assignment-runs/{runId}',
      pathParameters: { seasonId: reviews.seasonId, runId: reviewAssignmentRunId },
      claims: reviews.staff,
    }),
  },
  {
    operationId: 'listReviewAssignmentRuns',
    request: ({ reviews }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/review-assignment-runs',
      pathParameters: { seasonId: reviews.seasonId },
      claims: reviews.staff,
    }),
  },
  // The run above succeeded, so this is the refusal (409 review-assignment-not-resumable).
  {
    operationId: 'resumeReviewAssignmentRun',
    request: ({ reviews, reviewAssignmentRunId }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignment-runs/{runId}/resume',
      pathParameters: { seasonId: reviews.seasonId, runId: reviewAssignmentRunId },
      claims: reviews.staff,
    }),
  },
  {
    operationId: 'saveInterviewEvent',
    request: ({ interviews }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/interview-events/{eventId}',
      pathParameters: { seasonId: interviews.seasonId, eventId: interviews.eventId },
      claims: interviews.staff,
      body: {
        stage: 'federal-interview',
        rubricId: 'ministry-interview',
        format: 'offline',
        title: 'Минфин России: собеседования финалистов',
        federalDistrict: 'volga',
        city: 'Казань',
        venue: 'ул. Кремлёвская, 18',
        bookingClosesAt: interviewAt(48),
        startsAt: interviewAt(72),
        endsAt: interviewAt(76),
        capacity: 30,
        panel: ['partner-bench'],
        ownerOrganisation: 'bench-ministry',
        version: 0,
      },
    }),
  },
  {
    operationId: 'listInterviewEvents',
    request: ({ interviews }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/interview-events',
      pathParameters: { seasonId: interviews.seasonId },
      query: { stage: 'federal-interview', place: 'volga' },
      claims: interviews.staff,
    }),
  },
  {
    operationId: 'getInterviewEvent',
    request: ({ interviews }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/interview-events/{eventId}',
      pathParameters: { seasonId: interviews.seasonId, eventId: interviews.eventId },
      claims: interviews.staff,
    }),
  },
  {
    operationId: 'listInterviewOptions',
    request: ({ interviews }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/interview-options',
      pathParameters: { applicationId: interviews.applicationId },
      query: { format: 'offline' },
      claims: interviews.applicant,
    }),
  },
  {
    operationId: 'bookInterview',
    request: ({ interviews }) => ({
      method: 'PUT',
      route: '/applications/{applicationId}/interview',
      pathParameters: { applicationId: interviews.applicationId },
      claims: interviews.applicant,
      body: { eventId: interviews.eventId, version: 0 },
    }),
  },
  {
    operationId: 'getMyInterview',
    request: ({ interviews }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/interview',
      pathParameters: { applicationId: interviews.applicationId },
      claims: interviews.applicant,
    }),
  },
  {
    operationId: 'cancelInterviewBooking',
    request: ({ interviews }) => ({
      method: 'DELETE',
      route: '/applications/{applicationId}/interview',
      pathParameters: { applicationId: interviews.applicationId },
      query: { version: '1' },
      claims: interviews.applicant,
    }),
  },
  {
    operationId: 'listMyInterviewEvents',
    request: ({ interviews }) => ({
      method: 'GET',
      route: '/me/interview-events',
      query: { seasonId: interviews.seasonId },
      claims: { sub: 'partner-bench', 'cognito:groups': '[partner]', 'custom:organisation': 'bench-ministry' },
    }),
  },
  {
    operationId: 'listEventRoster',
    request: ({ interviews }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/interview-events/{eventId}/bookings',
      pathParameters: { seasonId: interviews.seasonId, eventId: interviews.eventId },
      claims: interviews.staff,
    }),
  },
  {
    operationId: 'recordInterviewAttendance',
    request: ({ interviews }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/interview-events/{eventId}/bookings/{applicationId}/attendance',
      pathParameters: { seasonId: interviews.seasonId, eventId: interviews.eventId, applicationId: interviews.secondApplicationId },
      claims: interviews.staff,
      body: { outcome: 'attended' },
    }),
  },
  {
    operationId: 'cancelInterviewEvent',
    request: ({ interviews }) => ({
      method: 'DELETE',
      route: '/seasons/{seasonId}/interview-events/{eventId}',
      pathParameters: { seasonId: interviews.seasonId, eventId: interviews.emptyEventId },
      query: { version: '1' },
      claims: interviews.staff,
    }),
  },
  // A real run over the placement season: both finalists are offered the ministry's seats.
  {
    operationId: 'startInternshipMatchingRun',
    request: ({ placements }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-matching-runs',
      pathParameters: { seasonId: placements.seasonId },
      headers: { 'idempotency-key': randomUUID() },
      claims: placements.staff,
      body: { stage: 'federal-internship', dryRun: false },
    }),
    startsExecution: ({ placements }) =>
      localExecution('internshipMatching', matchingExecutionName({ id: placements.runId, executions: 1 })),
  },
  {
    operationId: 'getInternshipMatchingRun',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-matching-runs/{runId}',
      pathParameters: { seasonId: placements.seasonId, runId: placements.runId },
      claims: placements.staff,
    }),
  },
  {
    operationId: 'listInternshipMatchingRuns',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-matching-runs',
      pathParameters: { seasonId: placements.seasonId },
      claims: placements.staff,
    }),
  },
  {
    operationId: 'listInternshipMatchingOutcomes',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-matching-runs/{runId}/outcomes',
      pathParameters: { seasonId: placements.seasonId, runId: placements.runId },
      query: { kind: 'assigned' },
      claims: placements.staff,
    }),
  },
  // The run above succeeded, so this is the refusal (409 internship-matching-not-resumable).
  {
    operationId: 'resumeInternshipMatchingRun',
    request: ({ placements }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-matching-runs/{runId}/resume',
      pathParameters: { seasonId: placements.seasonId, runId: placements.runId },
      claims: placements.staff,
    }),
  },
  {
    operationId: 'getMyPlacement',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/placement',
      pathParameters: { applicationId: placements.applicationId },
      claims: placements.applicant,
    }),
  },
  {
    operationId: 'answerMyPlacement',
    request: ({ placements }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/placement/answer',
      pathParameters: { applicationId: placements.applicationId },
      claims: placements.applicant,
      body: { answer: 'accept', version: 1 },
    }),
  },
  {
    operationId: 'listSeasonPlacements',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/placements',
      pathParameters: { seasonId: placements.seasonId },
      claims: placements.host,
    }),
  },
  {
    operationId: 'getPlacement',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/placements/{placementId}',
      pathParameters: { applicationId: placements.applicationId, placementId: placements.placementId },
      claims: placements.host,
    }),
  },
  {
    operationId: 'takePlacementStep',
    request: ({ placements }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/placements/{placementId}/steps',
      pathParameters: { applicationId: placements.applicationId, placementId: placements.placementId },
      claims: placements.host,
      body: { step: 'start', version: 2 },
    }),
  },
  {
    operationId: 'getInternshipKpis',
    request: ({ placements }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-kpis',
      pathParameters: { seasonId: placements.seasonId },
      claims: placements.staff,
    }),
  },
  {
    operationId: 'saveInternshipOffer',
    request: ({ internships }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/internship-offers/{offerId}',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
      body: {
        hostOrganisation: internships.hostOrganisation,
        level: 'regional',
        region: '59',
        city: 'Пермь',
        title: { ru: 'Стажёр отдела молодёжной политики', en: 'Youth policy intern' },
        description: { ru: 'Подготовка молодёжных форумов края.', en: 'Preparing the region’s youth forums.' },
        seats: 3,
        startsOn: '2026-10-05',
        endsOn: '2026-12-18',
        weeks: 4,
        format: 'in-person',
        version: 0,
      },
    }),
  },
  {
    operationId: 'listInternshipOffers',
    request: ({ internships }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-offers',
      pathParameters: { seasonId: internships.seasonId },
      query: { status: 'draft', level: 'regional' },
      claims: internships.staff,
    }),
  },
  {
    operationId: 'getInternshipOffer',
    request: ({ internships }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-offers/{offerId}',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
    }),
  },
  {
    operationId: 'submitInternshipOffer',
    request: ({ internships }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/submission',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
      body: { version: 1 },
    }),
  },
  {
    operationId: 'approveInternshipOffer',
    request: ({ internships }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/approval',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.staff,
      body: { version: 2 },
    }),
  },
  {
    operationId: 'listInternshipOptions',
    request: ({ internships }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/internship-offers',
      pathParameters: { applicationId: internships.applicationId },
      claims: internships.applicant,
    }),
  },
  {
    operationId: 'saveInternshipPreferences',
    request: ({ internships }) => ({
      method: 'PUT',
      route: '/applications/{applicationId}/internship-preferences',
      pathParameters: { applicationId: internships.applicationId },
      claims: internships.applicant,
      body: { choices: [internships.offerId], version: 0 },
    }),
  },
  {
    operationId: 'getInternshipPreferences',
    request: ({ internships }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/internship-preferences',
      pathParameters: { applicationId: internships.applicationId },
      claims: internships.applicant,
    }),
  },
  {
    operationId: 'listOfferCandidates',
    request: ({ internships }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/candidates',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
    }),
  },
  {
    operationId: 'getCandidateRanking',
    request: ({ internships }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
    }),
  },
  {
    operationId: 'saveCandidateRanking',
    request: ({ internships }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
      body: { ranking: [internships.applicationId], acceptsUnranked: false, version: 0 },
    }),
  },
  {
    operationId: 'returnInternshipOffer',
    request: ({ internships }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/return',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.staff,
      body: { version: 3, reason: 'Уточните, кто руководит стажёром.' },
    }),
  },
  {
    operationId: 'withdrawInternshipOffer',
    request: ({ internships }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-offers/{offerId}/withdrawal',
      pathParameters: { seasonId: internships.seasonId, offerId: internships.offerId },
      claims: internships.host,
      body: { version: 4 },
    }),
  },
  {
    operationId: 'withdrawApplication',
    request: ({ applicant, applicationId }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/withdraw',
      pathParameters: { applicationId },
      claims: applicant,
    }),
  },
  { operationId: 'withdrawConsent', request: ({ applicant }) => ({ method: 'POST', route: '/me/consents/withdrawal', claims: applicant }) },
  {
    operationId: 'savePartnerOrganisation',
    request: ({ catalogue, partnerOrganisationId }) => ({
      method: 'PUT',
      route: '/partner-organisations/{organisationId}',
      pathParameters: { organisationId: partnerOrganisationId },
      claims: catalogue.staff,
      body: {
        kind: 'youth-policy-body',
        name: { ru: 'Агентство по делам молодёжи Пермского края', en: 'Perm Krai Youth Affairs Agency' },
        region: '59',
        contacts: [{ name: 'Ирина Котова', email: 'i.kotova@example.org', language: 'ru' }],
        version: 0,
      },
    }),
  },
  {
    operationId: 'getPartnerOrganisation',
    request: ({ partnerOrganisationId }) => ({
      method: 'GET',
      route: '/partner-organisations/{organisationId}',
      pathParameters: { organisationId: partnerOrganisationId },
      claims: partnerOf(partnerOrganisationId),
    }),
  },
  {
    operationId: 'listPartnerOrganisations',
    request: ({ staff }) => ({
      method: 'GET',
      route: '/partner-organisations',
      query: { region: '59', kind: 'youth-policy-body' },
      claims: staff,
    }),
  },
  {
    operationId: 'getMyOrganisation',
    request: ({ partnerOrganisationId }) => ({ method: 'GET', route: '/me/organisation', claims: partnerOf(partnerOrganisationId) }),
  },
  {
    operationId: 'saveMachineClient',
    request: ({ catalogue, partnerOrganisationId, releases }) => ({
      method: 'PUT',
      route: '/partner-organisations/{organisationId}/machine-clients/{clientId}',
      pathParameters: { organisationId: partnerOrganisationId, clientId: releases.clientId },
      claims: catalogue.staff,
      body: { name: 'Кадровый портал Пермского края' },
    }),
  },
  {
    operationId: 'listMachineClients',
    request: ({ catalogue, partnerOrganisationId }) => ({
      method: 'GET',
      route: '/partner-organisations/{organisationId}/machine-clients',
      pathParameters: { organisationId: partnerOrganisationId },
      claims: catalogue.staff,
    }),
  },
  {
    operationId: 'listOrganisationReleases',
    request: ({ partnerOrganisationId, seasonId }) => ({
      method: 'GET',
      route: '/partner-organisations/{organisationId}/releases',
      pathParameters: { organisationId: partnerOrganisationId },
      query: { seasonId },
      claims: partnerOf(partnerOrganisationId),
    }),
  },
  {
    operationId: 'getOrganisationRelease',
    request: ({ partnerOrganisationId, releases }) => ({
      method: 'GET',
      route: '/partner-organisations/{organisationId}/releases/{releaseId}',
      pathParameters: { organisationId: partnerOrganisationId, releaseId: releases.releaseId },
      claims: partnerOf(partnerOrganisationId),
    }),
  },
  {
    operationId: 'listPartnerApiReleases',
    request: ({ releases }) => ({ method: 'GET', route: '/partner-api/releases', claims: machineOf(releases.clientId) }),
  },
  {
    operationId: 'getPartnerApiRelease',
    request: ({ releases }) => ({
      method: 'GET',
      route: '/partner-api/releases/{releaseId}',
      pathParameters: { releaseId: releases.releaseId },
      claims: machineOf(releases.clientId),
    }),
  },
  {
    operationId: 'startReleaseExport',
    request: ({ partnerOrganisationId, seasonId }) => ({
      method: 'POST',
      route: '/partner-organisations/{organisationId}/release-exports',
      pathParameters: { organisationId: partnerOrganisationId },
      claims: partnerOf(partnerOrganisationId),
      body: { seasonId, format: 'csv' },
    }),
  },
  {
    operationId: 'downloadReleaseExport',
    request: ({ releases }) => ({
      method: 'GET',
      route: '/release-exports/{exportId}/file',
      pathParameters: { exportId: releases.exportId },
      query: { key: releases.exportKey },
    }),
  },
  {
    operationId: 'listMyDisclosures',
    request: ({ releases }) => ({ method: 'GET', route: '/me/disclosures', claims: releases.applicant }),
  },
  {
    operationId: 'listApplicationDisclosures',
    request: ({ staff, releases }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/disclosures',
      pathParameters: { applicationId: releases.applicationId },
      claims: staff,
    }),
  },
  {
    operationId: 'listSeasonDisclosures',
    request: ({ staff, seasonId }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/disclosures',
      pathParameters: { seasonId },
      claims: staff,
    }),
  },
  {
    operationId: 'listApplicationReleases',
    request: ({ staff, releases }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/data-releases',
      pathParameters: { applicationId: releases.applicationId },
      claims: staff,
    }),
  },
  {
    operationId: 'removeMachineClient',
    request: ({ catalogue, partnerOrganisationId, releases }) => ({
      method: 'DELETE',
      route: '/partner-organisations/{organisationId}/machine-clients/{clientId}',
      pathParameters: { organisationId: partnerOrganisationId, clientId: releases.clientId },
      claims: catalogue.staff,
    }),
  },
  {
    operationId: 'withdrawDataSharing',
    request: ({ releases }) => ({
      method: 'POST',
      route: '/me/consents/data-sharing/withdrawal',
      claims: releases.applicant,
      body: { purpose: 'region' },
    }),
  },
  {
    operationId: 'saveMyMentorProfile',
    request: ({ mentoring }) => ({
      method: 'PUT',
      route: '/me/mentor-profile',
      claims: mentoring.mentor,
      body: {
        displayName: 'Ирина Лебедева, главный инженер',
        spheres: ['technology', 'education'],
        region: '51',
        languages: ['ru'],
        capacityPerSeason: 3,
        bio: 'Двадцать лет в промышленной робототехнике.',
        version: 0,
      },
    }),
  },
  {
    operationId: 'getMyMentorProfile',
    request: ({ mentoring }) => ({ method: 'GET', route: '/me/mentor-profile', claims: mentoring.mentor }),
  },
  {
    operationId: 'placeMentorInPool',
    request: ({ mentoring }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/mentors/{mentorId}',
      pathParameters: { seasonId: mentoring.seasonId, mentorId: mentoring.mentor['sub'] ?? '' },
      claims: mentoring.staff,
      body: { tier: 'main', capacity: 2 },
    }),
  },
  {
    operationId: 'listMentorPool',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/mentors',
      pathParameters: { seasonId: mentoring.seasonId },
      claims: mentoring.staff,
    }),
  },
  {
    operationId: 'matchMentees',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/mentor-matching',
      pathParameters: { seasonId: mentoring.seasonId },
      claims: mentoring.staff,
      body: { dryRun: false },
    }),
  },
  {
    operationId: 'pairMentee',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/mentoring-pairs',
      pathParameters: { seasonId: mentoring.seasonId },
      claims: mentoring.staff,
      body: { applicationId: mentoring.handApplicationId, mentorId: mentoring.handMentorId },
    }),
  },
  {
    operationId: 'listMentoringPairs',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/mentoring-pairs',
      pathParameters: { seasonId: mentoring.seasonId },
      query: { status: 'proposed' },
      claims: mentoring.staff,
    }),
  },
  {
    operationId: 'getMentoringPair',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/mentoring-pairs/{pairId}',
      pathParameters: { seasonId: mentoring.seasonId, pairId: mentoring.pairId },
      claims: mentoring.staff,
    }),
  },
  {
    operationId: 'listMyMentees',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/me/mentoring',
      query: { seasonId: mentoring.seasonId },
      claims: mentoring.mentor,
    }),
  },
  {
    operationId: 'getMyMentoringPair',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/me/mentoring/{pairId}',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
    }),
  },
  {
    operationId: 'respondToMentoringProposal',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/me/mentoring/{pairId}/agreement',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
      body: { decision: 'agree' },
    }),
  },
  {
    operationId: 'getApplicationMentoring',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/mentoring',
      pathParameters: { applicationId: mentoring.applicationId },
      claims: mentoring.mentee,
    }),
  },
  {
    operationId: 'respondToMentoringInvitation',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/applications/{applicationId}/mentoring/invitation',
      pathParameters: { applicationId: mentoring.applicationId },
      claims: mentoring.mentee,
      body: { decision: 'accept' },
    }),
  },
  {
    operationId: 'logMentoringSession',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/me/mentoring/{pairId}/sessions',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
      body: {
        date: new Date().toISOString().slice(0, 10),
        format: 'online',
        durationMinutes: 60,
        notes: 'Разобрали смету мастерской и план на семестр.',
      },
    }),
  },
  {
    operationId: 'listMyMentoringSessions',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/me/mentoring/{pairId}/sessions',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
    }),
  },
  {
    operationId: 'listApplicationMentoringSessions',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/mentoring/sessions',
      pathParameters: { applicationId: mentoring.applicationId },
      claims: mentoring.mentee,
    }),
  },
  {
    operationId: 'completeMentoring',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/me/mentoring/{pairId}/completion',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
    }),
  },
  {
    operationId: 'saveRecommendationLetter',
    request: ({ mentoring }) => ({
      method: 'PUT',
      route: '/me/mentoring/{pairId}/recommendation-letter',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
      body: { text: 'Рекомендую как самостоятельного руководителя проектов.', language: 'ru', final: true, version: 1 },
    }),
  },
  {
    operationId: 'getMyRecommendationLetter',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/me/mentoring/{pairId}/recommendation-letter',
      pathParameters: { pairId: mentoring.pairId },
      claims: mentoring.mentor,
    }),
  },
  {
    operationId: 'getApplicationRecommendationLetter',
    request: ({ mentoring }) => ({
      method: 'GET',
      route: '/applications/{applicationId}/recommendation-letter',
      pathParameters: { applicationId: mentoring.applicationId },
      claims: mentoring.mentee,
    }),
  },
  {
    operationId: 'removeMentorFromPool',
    request: ({ mentoring }) => ({
      method: 'DELETE',
      route: '/seasons/{seasonId}/mentors/{mentorId}',
      pathParameters: { seasonId: mentoring.seasonId, mentorId: mentoring.idleMentorId },
      claims: mentoring.staff,
    }),
  },
  {
    operationId: 'endMentoringPair',
    request: ({ mentoring }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/mentoring-pairs/{pairId}/ending',
      // The pair staff made by hand, still waiting for its mentor's answer.
      pathParameters: { seasonId: mentoring.seasonId, pairId: pairIdOf(mentoring.handApplicationId, mentoring.handMentorId) },
      claims: mentoring.staff,
      body: { cause: 'mentor-unresponsive', version: 1 },
    }),
  },
  {
    operationId: 'listMyCertificates',
    request: ({ certificates }) => ({ method: 'GET', route: '/me/certificates', claims: certificates.holder }),
  },
  {
    operationId: 'getMyCertificatePdf',
    request: ({ certificates }) => ({
      method: 'GET',
      route: '/me/certificates/{certificateId}/pdf',
      pathParameters: { certificateId: certificates.certificateId },
      claims: certificates.holder,
    }),
  },
  {
    operationId: 'getMyCertificateCredential',
    request: ({ certificates }) => ({
      method: 'GET',
      route: '/me/certificates/{certificateId}/credential',
      pathParameters: { certificateId: certificates.certificateId },
      claims: certificates.holder,
    }),
  },
  {
    operationId: 'listSeasonCertificates',
    request: ({ certificates }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/certificates',
      pathParameters: { seasonId: certificates.seasonId },
      claims: certificates.staff,
    }),
  },
  {
    operationId: 'revokeCertificate',
    request: ({ certificates }) => ({
      method: 'POST',
      route: '/certificates/{certificateId}/revocation',
      pathParameters: { certificateId: certificates.certificateId },
      claims: certificates.staff,
      body: { reason: 'Стажировка не была пройдена: отчёт органа власти отозван.', version: certificates.version },
    }),
  },
  {
    operationId: 'getCertificateVerification',
    // Anyone, signed in or not: the revoked certificate's standing.
    request: ({ certificates }) => ({
      method: 'GET',
      route: '/certificates/{certificateId}/verification',
      pathParameters: { certificateId: certificates.certificateId },
    }),
  },
  {
    operationId: 'getMyRecommendationLetterPdf',
    request: ({ certificates }) => ({
      method: 'GET',
      route: '/me/certificates/{certificateId}/recommendation-letter/pdf',
      pathParameters: { certificateId: certificates.certificateId },
      claims: certificates.holder,
    }),
  },
  {
    operationId: 'getCertificatePage',
    // Anyone, signed in or not, in a browser: the revoked certificate's page.
    request: ({ certificates }) => ({
      method: 'GET',
      route: '/certificates/{certificateId}',
      pathParameters: { certificateId: certificates.certificateId },
      query: { lang: 'en' },
    }),
  },
  {
    operationId: 'getFunnelReport',
    request: ({ seasonId, staff }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/funnel',
      pathParameters: { seasonId },
      claims: staff,
    }),
  },
  {
    operationId: 'getBreakdownReport',
    request: ({ seasonId, staff }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/breakdown',
      pathParameters: { seasonId },
      query: { by: 'federal-district' },
      claims: staff,
    }),
  },
  {
    operationId: 'getTimeInStageReport',
    request: ({ seasonId, staff }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/time-in-stage',
      pathParameters: { seasonId },
      query: { format: 'csv' },
      claims: staff,
    }),
  },
  {
    operationId: 'getKpiReport',
    // The Кадры будущего season: its KPIs are measured by stage entries, host organisations and a reported share.
    request: ({ teams }) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/reports/kpis',
      pathParameters: { seasonId: teams.seasonId },
      claims: teams.staff,
    }),
  },
  {
    operationId: 'putKpiActual',
    request: ({ teams }) => ({
      method: 'PUT',
      route: '/seasons/{seasonId}/kpi-actuals/{kpiId}',
      pathParameters: { seasonId: teams.seasonId, kpiId: 'projects-supported' },
      claims: teams.staff,
      body: { period: 'season', value: 45, note: 'По отчётам наставников команд' },
    }),
  },
  // The staff dashboard's page and files: static, no data (its figures come from the reports routes).
  { operationId: 'getDashboardPage', request: () => ({ method: 'GET', route: '/dashboard', query: { lang: 'ru' } }) },
  { operationId: 'getDashboardScript', request: () => ({ method: 'GET', route: '/dashboard/dashboard.js' }) },
  { operationId: 'getDashboardChartLibrary', request: () => ({ method: 'GET', route: '/dashboard/chart.js' }) },
  { operationId: 'getDashboardStylesheet', request: () => ({ method: 'GET', route: '/dashboard/dashboard.css' }) },
  // Last, so the rebuild it starts (left running: no rebuilder runs in the bench) touches no other route's figures.
  {
    operationId: 'startCounterRebuild',
    request: ({ seasonId, staff }) => ({
      method: 'POST',
      route: '/seasons/{seasonId}/counter-rebuilds',
      pathParameters: { seasonId },
      claims: staff,
    }),
  },
  {
    operationId: 'getCounterRebuild',
    request: (ids) => ({
      method: 'GET',
      route: '/seasons/{seasonId}/counter-rebuilds/{runId}',
      pathParameters: { seasonId: ids.seasonId, runId: ids.counterRebuildId ?? '00000000-0000-4000-8000-00000000c0c0' },
      claims: ids.staff,
    }),
  },
  // Last of all: an erasure is only asked for here (no eraser runs in the bench), so every other route found its data.
  {
    operationId: 'requestMyErasure',
    request: ({ applicant }) => ({
      method: 'POST',
      route: '/me/erasure-requests',
      claims: applicant,
      body: { confirm: 'erase-my-data', language: 'ru' },
    }),
  },
  {
    operationId: 'getMyErasureRequest',
    request: (ids) => ({
      method: 'GET',
      route: '/me/erasure-requests/{requestId}',
      pathParameters: { requestId: ids.erasureRequestId ?? '00000000-0000-4000-8000-0000000e4a5e' },
      claims: ids.applicant,
    }),
  },
  {
    operationId: 'requestApplicantErasure',
    request: ({ certificates }) => ({
      method: 'POST',
      route: '/applicants/{applicantId}/erasure-requests',
      pathParameters: { applicantId: certificates.holder['sub'] ?? '' },
      claims: certificates.staff,
      body: { writtenRequest: { reference: 'ВХ-2027/118', receivedAt: '2027-05-10T09:00:00.000Z' } },
    }),
  },
  {
    operationId: 'getErasureRequest',
    request: ({ certificates, staffErasureRequestId }) => ({
      method: 'GET',
      route: '/erasure-requests/{requestId}',
      pathParameters: { requestId: staffErasureRequestId ?? '00000000-0000-4000-8000-0000000e4a5f' },
      claims: certificates.staff,
    }),
  },
  {
    operationId: 'listErasureRequests',
    request: ({ certificates }) => ({ method: 'GET', route: '/erasure-requests', query: { limit: '25' }, claims: certificates.staff }),
  },
  // The bench applicant's export: their profile, consents and the application the pass made, with its documents and history.
  { operationId: 'getMyDataExport', request: ({ applicant }) => ({ method: 'GET', route: '/me/export', claims: applicant }) },
  // Webhooks: staff of the bench programme register an endpoint (no dispatcher runs in the bench, so its
  // test delivery stays queued: the redelivery answers 409, as does resuming an endpoint that is not paused).
  {
    operationId: 'registerWebhookEndpoint',
    request: ({ programmeId, staff }) => ({
      method: 'POST',
      route: '/programmes/{programmeId}/webhook-endpoints',
      pathParameters: { programmeId },
      claims: staff,
      body: { url: 'https://hooks.example.org/cadre', eventTypes: ['application.submitted', 'application.stage-changed'], language: 'ru' },
    }),
  },
  {
    operationId: 'listWebhookEndpoints',
    request: ({ programmeId, staff }) => ({
      method: 'GET',
      route: '/programmes/{programmeId}/webhook-endpoints',
      pathParameters: { programmeId },
      claims: staff,
    }),
  },
  {
    operationId: 'getWebhookEndpoint',
    request: (ids) => ({
      method: 'GET',
      route: '/webhook-endpoints/{endpointId}',
      pathParameters: webhookEndpoint(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'replaceWebhookEndpoint',
    request: (ids) => ({
      method: 'PUT',
      route: '/webhook-endpoints/{endpointId}',
      pathParameters: webhookEndpoint(ids),
      claims: ids.staff,
      body: { url: 'https://hooks.example.org/cadre/v2', eventTypes: ['application.submitted'], language: 'en', version: 1 },
    }),
  },
  {
    operationId: 'rotateWebhookSecret',
    request: (ids) => ({
      method: 'POST',
      route: '/webhook-endpoints/{endpointId}/secret-rotations',
      pathParameters: webhookEndpoint(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'sendTestWebhookDelivery',
    request: (ids) => ({
      method: 'POST',
      route: '/webhook-endpoints/{endpointId}/test-deliveries',
      pathParameters: webhookEndpoint(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'listWebhookDeliveries',
    request: (ids) => ({
      method: 'GET',
      route: '/webhook-endpoints/{endpointId}/deliveries',
      pathParameters: webhookEndpoint(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'getWebhookDelivery',
    request: (ids) => ({
      method: 'GET',
      route: '/webhook-endpoints/{endpointId}/deliveries/{deliveryId}',
      pathParameters: webhookDelivery(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'redeliverWebhookDelivery',
    request: (ids) => ({
      method: 'POST',
      route: '/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redeliveries',
      pathParameters: webhookDelivery(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'resumeWebhookEndpoint',
    request: (ids) => ({
      method: 'POST',
      route: '/webhook-endpoints/{endpointId}/resume',
      pathParameters: webhookEndpoint(ids),
      claims: ids.staff,
    }),
  },
  {
    operationId: 'removeWebhookEndpoint',
    request: (ids) => ({
      method: 'DELETE',
      route: '/webhook-endpoints/{endpointId}',
      pathParameters: webhookEndpoint(ids),
      query: { version: '3' },
      claims: ids.staff,
    }),
  },
];
