import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { handler as applicationsHandler } from '../../../functions/applications/handler.ts';
import { handler as documentsHandler } from '../../../functions/documents/handler.ts';
import { handler as educationHandler } from '../../../functions/education/handler.ts';
import { handler as programmesHandler } from '../../../functions/programmes/handler.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import type { SaveProfileInput } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import type { TemplateId } from '../../../shared/catalogue/domain/templates/template-ids.ts';
import { fixture } from '../../fixtures/documents/fixture-files.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import { applicantClaims, partnerClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { waitFor } from '../../support/wait-for.ts';
import { staffNoticeMailId } from '../../../shared/progression/use-cases/transitions/notify-staff-of-transition.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { finished, stored } from '../../support/transition-support.ts';

/**
 * A season of one seed template driven through the API only, capability by capability, as the
 * gateway would call the Lambdas: staff create the programme from the template and open a season
 * (the openSeason machine publishes it), applicants apply with real uploads to storage, and every
 * move goes through the staff decision route (the applicationTransition machine) or a cohort gate
 * (the cohortGate machine), all on the test setup's local cloud. Nothing is written behind the
 * API's back, so a pipeline that cannot be walked through the API fails here.
 */
export const api = {
  programmes: (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(programmesHandler, init),
  applications: (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(applicationsHandler, init),
  documents: (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(documentsHandler, init),
  education: (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(educationHandler, init),
};

const sfn = sfnClient();
const DAY = 24 * 60 * 60 * 1000;

export const expectStatus = (answer: HandlerResponse, status: number, what: string): Record<string, unknown> => {
  assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
  return answer.body;
};

/** A 409 (or other refusal) carrying `code` and its reason in both languages. */
export const assertRefused = (answer: HandlerResponse, status: number, code: string, what: string): void => {
  expectStatus(answer, status, what);
  assert.equal(answer.body['code'], code, `${what}: ${JSON.stringify(answer.body)}`);
  const message = answer.body['message'] as { ru?: string; en?: string } | undefined;
  assert.ok((message?.ru ?? '').length > 0, `${what}: the reason in Russian`);
  assert.ok((message?.en ?? '').length > 0, `${what}: the reason in English`);
};

export interface Season {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly referenceDate: string;
  readonly staff: Claims;
}

/**
 * Staff create a programme from `templateId` and open a season whose application campaign (the
 * initial stage's window) runs now, followed by `laterWindows`; resolves once the openSeason
 * machine has published it (and planned the calendar's jobs).
 */
export const openedSeason = async (
  templateId: TemplateId,
  questions: readonly object[],
  laterWindows: readonly object[] = [],
): Promise<Season> => {
  const programmeId = `${templateId}-${randomUUID().slice(0, 8)}`;
  const seasonId = `${programmeId}-season`;
  // Creating programmes takes access to all of them; the season is then run by the programme's own staff.
  const admin = staffClaims('*');
  const staff = staffClaims(programmeId);
  expectStatus(
    await api.programmes({ method: 'POST', route: '/programmes', claims: admin, body: { id: programmeId, templateId } }),
    201,
    'programme from the template',
  );
  const programme = expectStatus(
    await api.programmes({ method: 'GET', route: '/programmes/{programmeId}', pathParameters: { programmeId }, claims: staff }),
    200,
    'the programme',
  );
  const stages = (programme['settings'] as { pipeline: { stages: { id: string; initial?: true }[] } }).pipeline.stages;
  const initial = stages.find((stage) => stage.initial === true)?.id ?? assert.fail('no initial stage');
  const referenceDate = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
  const created = await api.programmes({
    method: 'POST',
    route: '/programmes/{programmeId}/seasons',
    pathParameters: { programmeId },
    claims: staff,
    body: {
      id: seasonId,
      title: { ru: 'Сезон', en: 'Season' },
      description: { ru: 'Сезон программы', en: 'A season of the programme' },
      referenceDate,
      calendar: [
        { stage: initial, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 30 * DAY).toISOString() },
        ...laterWindows,
      ],
      questions,
    },
  });
  expectStatus(created, 201, 'the season');
  expectStatus(
    await api.programmes({ method: 'POST', route: '/seasons/{seasonId}/open', pathParameters: { seasonId }, claims: staff }),
    202,
    'opening the season',
  );
  await waitFor(
    async () => (await api.programmes({ method: 'GET', route: '/seasons/{seasonId}', pathParameters: { seasonId } })).status === 200,
    {
      description: `the openSeason workflow to publish ${seasonId}`,
      timeoutMs: 30_000,
    },
  );
  return { programmeId, seasonId, referenceDate, staff };
};

export interface Applicant {
  readonly sub: string;
  readonly claims: Claims;
}

/** A new person who consents to processing and saves `profile`, as the applicant's own routes do. */
export const applicantWith = async (profile: SaveProfileInput): Promise<Applicant> => {
  const sub = randomUUID();
  const claims = applicantClaims(sub);
  expectStatus(
    await api.applications({ method: 'POST', route: '/me/consents', claims, body: { kind: 'personal-data', textVersion: 'pd-2026-01' } }),
    201,
    'consent',
  );
  expectStatus(
    await api.applications({
      method: 'PUT',
      route: '/me/profile',
      claims,
      body: { ...profile, contacts: { email: `${sub}@example.org` } },
    }),
    201,
    'profile',
  );
  return { sub, claims };
};

/** A draft in the season, filled with `draft` (answers and the programme's choices). */
export const draftOf = async (season: Season, applicant: Applicant, draft: Record<string, unknown>): Promise<string> => {
  const created = expectStatus(
    await api.applications({
      method: 'POST',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: applicant.claims,
    }),
    201,
    'the draft',
  );
  const applicationId = String(created['id']);
  expectStatus(
    await api.applications({
      method: 'PUT',
      route: '/applications/{applicationId}',
      pathParameters: { applicationId },
      claims: applicant.claims,
      body: { ...draft, version: created['version'] },
    }),
    200,
    'filling the draft',
  );
  return applicationId;
};

/** The browser's part: an upload form, the PDF posted straight to storage with it, then confirm; resolves once verified. */
export const uploadPdf = async (applicationId: string, applicant: Applicant, requirementId: string): Promise<void> => {
  const bytes = fixture('resume.pdf');
  const ticket = expectStatus(
    await api.documents({
      method: 'POST',
      route: '/applications/{applicationId}/documents',
      pathParameters: { applicationId },
      claims: applicant.claims,
      body: { requirementId, fileName: `${requirementId}.pdf`, contentType: 'application/pdf', size: bytes.length },
    }),
    201,
    `an upload form for ${requirementId}`,
  ) as { documentId: string; upload: { url: string; fields: Record<string, string> } };
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), `${requirementId}.pdf`);
  const stored = await fetch(ticket.upload.url, { method: 'POST', body: form });
  await stored.arrayBuffer();
  assert.ok(stored.status >= 200, `storage took ${requirementId}: ${stored.status}`);
  assert.ok(stored.status < 300, `storage took ${requirementId}: ${stored.status}`);
  await waitFor(
    async () => {
      const confirmed = await api.documents({
        method: 'POST',
        route: '/applications/{applicationId}/documents/{documentId}/confirm',
        pathParameters: { applicationId, documentId: ticket.documentId },
        claims: applicant.claims,
      });
      expectStatus(confirmed, 200, `confirming ${requirementId}`);
      return confirmed.body['status'] === 'verified';
    },
    { description: `${requirementId} of ${applicationId} to be verified`, timeoutMs: 10_000 },
  );
};

export const submit = (applicationId: string, applicant: Applicant): Promise<HandlerResponse> =>
  api.applications({
    method: 'POST',
    route: '/applications/{applicationId}/submit',
    pathParameters: { applicationId },
    claims: applicant.claims,
    headers: { 'idempotency-key': randomUUID() },
  });

export const withdraw = (applicationId: string, applicant: Applicant): Promise<HandlerResponse> =>
  api.applications({
    method: 'POST',
    route: '/applications/{applicationId}/withdraw',
    pathParameters: { applicationId },
    claims: applicant.claims,
  });

/** A staff decision as the route answers it (202 with the execution, or the domain's refusal). */
export const requestMove = (season: Season, applicationId: string, to: string): Promise<HandlerResponse> =>
  api.applications({
    method: 'POST',
    route: '/applications/{applicationId}/transitions',
    pathParameters: { applicationId },
    claims: season.staff,
    body: { to, reason: 'Решение комиссии' },
  });

/** A staff decision that must be taken: the applicationTransition execution succeeds and the application is in `to`. */
export const decide = async (season: Season, applicationId: string, to: string): Promise<void> => {
  const started = expectStatus(await requestMove(season, applicationId, to), 202, `moving ${applicationId} to ${to}`);
  const execution = await finished(sfn, String(started['executionArn']));
  assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
  assert.equal(await stageOf(season, applicationId), to);
};

/** A staff decision the domain refuses: 409 with `code`, and the application stays where it was. */
export const refuseMove = async (season: Season, applicationId: string, to: string, code: string): Promise<void> => {
  const before = await stageOf(season, applicationId);
  assertRefused(await requestMove(season, applicationId, to), 409, code, `moving ${applicationId} to ${to}`);
  assert.equal(await stageOf(season, applicationId), before);
};

export interface GateRunView {
  readonly status: string;
  readonly seen: number;
  readonly moved: number;
  readonly skipped: number;
  readonly alreadyMoved: number;
  readonly skippedReasons: Record<string, number>;
  readonly failures: readonly unknown[];
}

/** A cohort gate started by staff, run to its end; its progress as staff read it. */
export const runGate = async (season: Season, from: string, to: string): Promise<GateRunView> => {
  const started = expectStatus(
    await api.applications({
      method: 'POST',
      route: '/seasons/{seasonId}/gates',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { from, to },
    }),
    202,
    `the gate ${from} -> ${to}`,
  );
  const execution = await finished(sfn, String(started['executionArn']));
  assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
  return expectStatus(
    await api.applications({
      method: 'GET',
      route: '/seasons/{seasonId}/gates/{gateRunId}',
      pathParameters: { seasonId: season.seasonId, gateRunId: String(started['gateRunId']) },
      claims: season.staff,
    }),
    200,
    'the gate run',
  ) as unknown as GateRunView;
};

export interface Viewed {
  readonly stage: string;
  readonly track: string | undefined;
  readonly participantRole: string | undefined;
  /** Each history event as `kind` or `kind:from->to`, oldest first. */
  readonly history: readonly string[];
  readonly actors: readonly string[];
}

/** The application as the programme's staff read it. */
export const viewOf = async (season: Season, applicationId: string): Promise<Viewed> => {
  const body = expectStatus(
    await api.applications({
      method: 'GET',
      route: '/applications/{applicationId}',
      pathParameters: { applicationId },
      claims: season.staff,
    }),
    200,
    'the application',
  );
  const history = (body['history'] ?? []) as { kind: string; actor: string; fromStage?: string; toStage?: string }[];
  return {
    stage: (body['stage'] as { id: string }).id,
    track: (body['track'] as { id: string } | undefined)?.id,
    participantRole: body['participantRole'] as string | undefined,
    history: history.map((event) =>
      event.toStage === undefined ? event.kind : `${event.kind}:${event.fromStage ?? ''}->${event.toStage}`,
    ),
    actors: history.map((event) => event.actor),
  };
};

export const stageOf = async (season: Season, applicationId: string): Promise<string> => (await viewOf(season, applicationId)).stage;

/** The effects later capabilities owe for an application's moves (certificates, data release), as staff list them. */
export const pendingEffectsOf = async (season: Season, applicationId: string): Promise<string[]> => {
  const body = expectStatus(
    await api.applications({
      method: 'GET',
      route: '/applications/{applicationId}/pending-effects',
      pathParameters: { applicationId },
      claims: season.staff,
    }),
    200,
    'pending effects',
  );
  return (body['items'] as { effect: string; toStage: string }[]).map((item) => `${item.effect}@${item.toStage}`);
};

/** The learning platform's machine client for the programme. */
export const learningPlatform = (season: Season): Claims => partnerClaims(season.programmeId, 'learning-platform');

/**
 * The notice the programme's contact address was queued for this move (the `notifyStaff` effect):
 * the effects run after the move is written, so a test that saw the stage waits for the notice too.
 */
export const staffNoticeOf = async (applicationId: string, from: string, to: string): Promise<Record<string, unknown>> => {
  const { events } = await stored(applicationId);
  const move =
    events.findLast((event) => event['fromStage'] === from && event['toStage'] === to) ?? assert.fail(`no move ${from} -> ${to}`);
  return waitFor(() => storedMail(staffNoticeMailId(applicationId, { from, to, version: Number(move['version']) })), {
    description: `the staff notice of ${applicationId}'s move ${from} -> ${to}`,
  });
};
