import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { wiring } from '../../../functions/documents/wiring.ts';
import { UPLOAD_LIMITS, type UploadLimits } from '../../../shared/documents/domain/upload/upload-limits.ts';
import type { DocumentsDependencies } from '../../../shared/documents/use-cases/documents-dependencies.ts';
import { requestUpload as requestUploadUseCase } from '../../../shared/documents/use-cases/request-upload.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { isAppError, type AppError } from '../../../shared/platform/errors/app-error.ts';
import { PROBLEM_CONTENT_TYPE } from '../../../shared/platform/http/problem.ts';
import { fixture } from '../../fixtures/documents/fixture-files.ts';
import { applicantClaims, type Claims } from '../../support/claims.ts';
import { confirm, givenAnApplication, list, postFile, requestUpload, type Response, type UploadTicket } from './documents-world.ts';

const PDF = 'application/pdf';
const MP4 = 'video/mp4';
const FORM_MS = 15 * 60_000;

const form = (requirementId: string) =>
  requirementId === 'video-presentation'
    ? { requirementId, fileName: 'video.mp4', contentType: MP4, size: 1000 }
    : { requirementId, fileName: `${requirementId}.pdf`, contentType: PDF, size: 608 };

const applicant = (sub: string): Identity => ({
  subject: sub,
  email: undefined,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

/** The documents function's own adapters, with a clock and limits of the test's choosing. */
const dependencies = (overrides: { clock?: () => Date; uploadLimits?: Partial<UploadLimits> } = {}): DocumentsDependencies => ({
  ...wiring().documents,
  clock: overrides.clock ?? (() => new Date()),
  uploadLimits: { ...UPLOAD_LIMITS, ...overrides.uploadLimits },
});

/** A use case's answer: the ticket, or the refusal it threw (anything else is a fault and fails the test). */
const attempt = (issued: Promise<unknown>): Promise<'created' | AppError> =>
  issued.then(
    () => 'created' as const,
    (error: unknown) => {
      if (isAppError(error)) return error;
      throw error;
    },
  );

const documentsOf = async (applicationId: string, claims: Claims): Promise<{ id: string; requirementId: string }[]> => {
  const listed = await list(applicationId, claims, { limit: '100' });
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  return listed.body['items'] as { id: string; requirementId: string }[];
};

const assertProblem = (response: Response, status: number, code: string): void => {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.equal(response.headers['content-type'], PROBLEM_CONTENT_TYPE);
  assert.equal(response.body['code'], code);
  const message = response.body['message'] as { ru: string; en: string };
  assert.ok(message.ru.length > 0 && message.en.length > 0, 'a message in Russian and English');
};

describe('documents: outstanding upload forms are capped', () => {
  // The throttle is raised here so that the cap alone decides: the route's own throttle is tested below.
  const unthrottled = { formsPerWindow: 1000 };

  it('of 50 concurrent requests for one requirement, exactly the cap get a form; the rest 409 at body.requirementId and record nothing', async () => {
    const { application, applicant: sub } = await givenAnApplication();
    const deps = dependencies({ uploadLimits: unthrottled });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => attempt(requestUploadUseCase(deps, applicant(sub), application.id, form('resume')))),
    );
    const refusals = answers.filter((answer): answer is AppError => answer !== 'created');
    assert.equal(answers.length - refusals.length, UPLOAD_LIMITS.pendingPerRequirement);
    for (const refusal of refusals) {
      assert.deepEqual([refusal.status, refusal.code], [409, 'too-many-pending-uploads']);
      assert.deepEqual(
        refusal.fields.map((field) => field.field),
        ['body.requirementId'],
      );
      assert.ok(refusal.localised.ru.length > 0 && refusal.localised.en.length > 0);
    }
    assert.equal((await documentsOf(application.id, applicantClaims(sub))).length, UPLOAD_LIMITS.pendingPerRequirement);
  });

  it('of 50 concurrent requests spread over three requirements, exactly the application’s cap get a form (409 at params.applicationId)', async () => {
    const { application, applicant: sub } = await givenAnApplication();
    const deps = dependencies({ uploadLimits: unthrottled });
    const requirements = ['resume', 'video-presentation', 'summary-sheet'];
    assert.ok(requirements.length * UPLOAD_LIMITS.pendingPerRequirement > UPLOAD_LIMITS.pendingPerApplication);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        attempt(requestUploadUseCase(deps, applicant(sub), application.id, form(requirements[index % requirements.length] ?? 'resume'))),
      ),
    );
    assert.equal(answers.filter((answer) => answer === 'created').length, UPLOAD_LIMITS.pendingPerApplication);
    const stored = await documentsOf(application.id, applicantClaims(sub));
    assert.equal(stored.length, UPLOAD_LIMITS.pendingPerApplication);
    for (const requirementId of requirements) {
      assert.ok(stored.filter((document) => document.requirementId === requirementId).length <= UPLOAD_LIMITS.pendingPerRequirement);
    }
    const fields = new Set(answers.flatMap((answer) => (answer === 'created' ? [] : answer.fields.map((field) => field.field))));
    assert.ok(fields.has('params.applicationId'), [...fields].join(', '));
  });

  it('through the API: past the cap a 409 problem in ru/en and no record; confirming an upload frees its place', async () => {
    const { application, applicant: sub } = await givenAnApplication();
    const claims = applicantClaims(sub);
    const tickets: UploadTicket[] = [];
    for (let issued = 0; issued < UPLOAD_LIMITS.pendingPerRequirement; issued += 1) {
      const answer = await requestUpload(application.id, claims, form('resume'));
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      tickets.push(answer.body as unknown as UploadTicket);
    }
    const refused = await requestUpload(application.id, claims, form('resume'));
    assertProblem(refused, 409, 'too-many-pending-uploads');
    assert.deepEqual(
      (refused.body['errors'] as { field: string }[]).map((error) => error.field),
      ['body.requirementId'],
    );
    assert.equal((await documentsOf(application.id, claims)).length, UPLOAD_LIMITS.pendingPerRequirement);

    const [first] = tickets;
    assert.ok(first !== undefined);
    assert.equal(await postFile(first, fixture('resume.pdf'), PDF), 204);
    assert.equal((await confirm(application.id, first.documentId, claims)).body['status'], 'verified');
    assert.equal((await requestUpload(application.id, claims, form('resume'))).status, 201, 'a confirmed upload no longer counts');
  });

  it('counts a form only until it expires, so an applicant who never uploads is never locked out', async () => {
    const { application, applicant: sub } = await givenAnApplication();
    let now = Date.now();
    const deps = dependencies({ clock: () => new Date(now) });
    const ask = () => attempt(requestUploadUseCase(deps, applicant(sub), application.id, form('resume')));
    for (let issued = 0; issued < UPLOAD_LIMITS.pendingPerRequirement; issued += 1) assert.equal(await ask(), 'created');
    const refused = await ask();
    assert.equal(refused === 'created' ? 'created' : refused.code, 'too-many-pending-uploads');

    now += FORM_MS - 1000;
    const stillRefused = await ask();
    assert.equal(stillRefused === 'created' ? 'created' : stillRefused.code, 'too-many-pending-uploads', 'the forms still work');
    now += 2000;
    assert.equal(await ask(), 'created', 'the expired forms stopped counting');
  });
});

describe('documents: the upload-form route is throttled per caller', () => {
  it('answers 429 with retry-after and a problem in ru/en once the caller has had the window’s forms', async () => {
    const { application, applicant: sub } = await givenAnApplication();
    const claims = applicantClaims(sub);
    const requirements = ['resume', 'video-presentation', 'summary-sheet'];
    // A window may end during the loop, so the 429 may come only in the next one: never later.
    let throttled: Response | undefined;
    const answered: number[] = [];
    for (let index = 0; index <= 2 * UPLOAD_LIMITS.formsPerWindow && throttled === undefined; index += 1) {
      const answer = await requestUpload(application.id, claims, form(requirements[index % requirements.length] ?? 'resume'));
      if (answer.status === 429) throttled = answer;
      else answered.push(answer.status);
    }
    assert.ok(throttled !== undefined, `no 429 after ${answered.length} forms: ${answered.join(', ')}`);
    assert.ok(answered.length >= UPLOAD_LIMITS.formsPerWindow, `throttled after ${answered.length}`);
    assertProblem(throttled, 429, 'too-many-upload-requests');
    const retryAfter = Number(throttled.headers['retry-after']);
    assert.ok(Number.isInteger(retryAfter), `retry-after: ${String(throttled.headers['retry-after'])}`);
    assert.ok(retryAfter >= 1 && retryAfter <= UPLOAD_LIMITS.windowSeconds, `retry-after ${retryAfter}`);
    const created = answered.filter((status) => status === 201).length;
    assert.equal((await documentsOf(application.id, claims)).length, created, 'the refused request recorded nothing');
  });

  it('counts per caller and per fixed window: the window’s last form, then 429 with the seconds left, then the next window', async () => {
    const [first, second] = await Promise.all([givenAnApplication(), givenAnApplication()]);
    const windowMs = UPLOAD_LIMITS.windowSeconds * 1000;
    let now = (Math.floor(Date.now() / windowMs) + 1) * windowMs + 20_000;
    // Caps out of the way: this test is about the rate alone.
    const deps = dependencies({ clock: () => new Date(now), uploadLimits: { pendingPerRequirement: 1000, pendingPerApplication: 1000 } });
    const ask = (who: typeof first) => attempt(requestUploadUseCase(deps, applicant(who.applicant), who.application.id, form('resume')));

    for (let issued = 0; issued < UPLOAD_LIMITS.formsPerWindow; issued += 1) assert.equal(await ask(first), 'created');
    const refused = await ask(first);
    assert.ok(refused !== 'created');
    assert.deepEqual([refused.status, refused.code], [429, 'too-many-upload-requests']);
    assert.equal(refused.headers['retry-after'], String(UPLOAD_LIMITS.windowSeconds - 20));
    assert.equal(await ask(second), 'created', 'another caller has a window of their own');

    now += windowMs - 20_000;
    assert.equal(await ask(first), 'created', 'the next window');
  });
});
