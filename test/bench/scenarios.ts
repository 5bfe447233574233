import { randomUUID } from 'node:crypto';
import type { ApiEventInit } from '../support/api-event.ts';
import { baseProfile } from '../support/profile-fixtures.ts';

/**
 * A realistic request for each route of the applications and documents capabilities, in an order
 * where each finds what it needs (consent to personal-data processing before a profile or a draft,
 * a profile before a draft, a draft before its submission).
 * `setUp` runs unmetered; only the route's own call is measured.
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
}

export interface Scenario {
  readonly operationId: string;
  readonly request: (ids: BenchIds) => ApiEventInit;
}

export const newApplicantClaims = (): Record<string, string> => {
  const sub = randomUUID();
  return { sub, 'cognito:groups': '[applicant]', email: `${sub}@example.org` };
};

const EXPERT = 'expert-bench';

export const SCENARIOS: readonly Scenario[] = [
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
    operationId: 'assignExpert',
    request: ({ staff, applicationId }) => ({
      method: 'PUT',
      route: '/applications/{applicationId}/experts/{expertId}',
      pathParameters: { applicationId, expertId: EXPERT },
      claims: staff,
    }),
  },
  {
    operationId: 'unassignExpert',
    request: ({ staff, applicationId }) => ({
      method: 'DELETE',
      route: '/applications/{applicationId}/experts/{expertId}',
      pathParameters: { applicationId, expertId: EXPERT },
      claims: staff,
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
];
