import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { seedExpertAssignment } from '../../support/assign-expert.ts';
import { HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { documentKey } from '../../../shared/platform/keys/keys.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { eicarPdf, fixture, paddedPdf } from '../../fixtures/documents/fixture-files.ts';
import { call as callApplications } from '../../support/application-fixtures.ts';
import { applicantClaims, expertClaims, staffClaims } from '../../support/claims.ts';
import {
  RESUME_MAX_BYTES,
  confirm,
  download,
  givenAnApplication,
  list,
  postFile,
  requestUpload,
  uploadAndConfirm,
  uploadResume,
  type Response,
  type UploadTicket,
} from './documents-world.ts';

const PDF = 'application/pdf';
const MP4 = 'video/mp4';
const WEBM = 'video/webm';

const s3 = new S3Client({ endpoint: requireEnv(ENV.s3Endpoint), forcePathStyle: true });
const bucket = requireEnv(ENV.documentsBucket);
const table = requireEnv(ENV.tableName);

const objectExists = async (key: string): Promise<boolean> => {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    if (error instanceof NotFound) return false;
    throw error;
  }
};

/** The parts of a 404 problem that must not differ between "missing" and "not yours". */
const notFoundShape = (response: Response) => ({
  status: response.status,
  code: response.body['code'],
  message: response.body['message'],
  detail: response.body['detail'],
});

describe('documents: upload by presigned POST, then confirm', () => {
  it('issues a form bound to the size range, the exact content type and the document’s key prefix', async () => {
    const { application, applicant } = await givenAnApplication();
    const issued = await requestUpload(application.id, applicantClaims(applicant), {
      requirementId: 'resume',
      fileName: 'Резюме.pdf',
      contentType: PDF,
      size: 608,
    });
    assert.equal(issued.status, 201);
    const ticket = issued.body as unknown as UploadTicket;
    const prefix = `uploads/${application.id}/${ticket.documentId}/`;
    assert.ok(ticket.upload.fields['key']?.startsWith(prefix));
    const policy = JSON.parse(Buffer.from(ticket.upload.fields['Policy'] ?? '', 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    assert.deepEqual(
      policy.conditions.filter((condition) => Array.isArray(condition)),
      [
        ['content-length-range', 1, RESUME_MAX_BYTES],
        ['starts-with', '$key', prefix],
      ],
    );
    assert.ok(policy.conditions.some((condition) => JSON.stringify(condition) === JSON.stringify({ 'Content-Type': PDF })));
    const lifetime = Date.parse(policy.expiration) - Date.now();
    assert.ok(lifetime > 14 * 60_000, `expires in ${lifetime} ms: more than 14 minutes`);
    assert.ok(lifetime <= 15 * 60_000, `expires in ${lifetime} ms: at most 15 minutes`);
  });

  it('verifies a real PDF, answers a second confirm unchanged, and serves it to its owner', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const bytes = fixture('resume.pdf');
    const { ticket, confirmed } = await uploadResume(application.id, claims, 'Резюме Иванова.pdf', bytes);
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.equal(confirmed.body['status'], 'verified');
    assert.equal(confirmed.body['size'], bytes.length);

    const again = await confirm(application.id, ticket.documentId, claims);
    assert.deepEqual([again.status, again.body], [confirmed.status, confirmed.body]);

    const listed = await list(application.id, claims);
    assert.deepEqual(
      (listed.body['items'] as Record<string, unknown>[]).map((item) => [item['id'], item['status']]),
      [[ticket.documentId, 'verified']],
    );

    const link = await download(application.id, ticket.documentId, claims);
    assert.equal(link.status, 200);
    const file = await fetch(String(link.body['url']));
    assert.equal(file.status, 200);
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), bytes);
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; .*filename\*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5/);
    const lifetime = Date.parse(String(link.body['expiresAt'])) - Date.now();
    assert.ok(lifetime > 4 * 60_000, `expires in ${lifetime} ms: more than 4 minutes`);
    assert.ok(lifetime <= 5 * 60_000, `expires in ${lifetime} ms: at most 5 minutes`);
  });

  it('verifies a DOCX, a DOC, an MP4 (moov first and last) and a WebM, measuring the videos', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const files = [
      {
        name: 'resume.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        requirementId: 'resume',
      },
      { name: 'resume.doc', contentType: 'application/msword', requirementId: 'resume' },
      { name: 'short.mp4', contentType: MP4, requirementId: 'video-presentation' },
      { name: 'moov-at-end.mp4', contentType: MP4, requirementId: 'video-presentation' },
      { name: 'short.webm', contentType: WEBM, requirementId: 'video-presentation' },
    ];
    for (const file of files) {
      const { confirmed } = await uploadAndConfirm(application.id, claims, {
        bytes: fixture(file.name),
        contentType: file.contentType,
        requirementId: file.requirementId,
        fileName: file.name,
      });
      assert.equal(confirmed.body['status'], 'verified', `${file.name}: ${JSON.stringify(confirmed.body)}`);
      if (file.requirementId === 'video-presentation') assert.equal(Math.round(Number(confirmed.body['durationSeconds'])), 3, file.name);
    }
  });

  it('verifies browser recordings, which state no duration: live WebM and fragmented MP4', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const files = [
      { name: 'live-unknown-size.webm', contentType: WEBM, seconds: 3 },
      { name: 'chrome-recording.webm', contentType: WEBM, seconds: 2 },
      { name: 'fragmented-short.mp4', contentType: MP4, seconds: 3 },
      { name: 'chrome-recording-no-duration.mp4', contentType: MP4, seconds: 2 },
    ];
    for (const file of files) {
      const { confirmed } = await uploadAndConfirm(application.id, claims, {
        bytes: fixture(file.name),
        contentType: file.contentType,
        requirementId: 'video-presentation',
        fileName: file.name,
      });
      assert.equal(confirmed.body['status'], 'verified', `${file.name}: ${JSON.stringify(confirmed.body)}`);
      assert.equal(Math.round(Number(confirmed.body['durationSeconds'])), file.seconds, file.name);
    }
  });

  /** A fixture file that confirm refuses: what it is, the file, the type it is posted as, the requirement, and why. */
  const refusedFixture = (what: string, name: string, contentType: string, requirementId: string, reason: string) => ({
    what,
    bytes: () => fixture(name),
    contentType,
    requirementId,
    reason,
  });
  const rejections = [
    {
      // The form's content-length-range stops it at the door (upload-policy.test.ts); a store that
      // ignores the policy would take it, and confirm must not.
      what: 'a file over the limit, stored past the form',
      bytes: () => paddedPdf(RESUME_MAX_BYTES + 1),
      contentType: PDF,
      requirementId: 'resume',
      reason: 'too-large',
      pastTheForm: true,
    },
    refusedFixture('an executable renamed to .pdf', 'executable.pdf', PDF, 'resume', 'signature-mismatch'),
    refusedFixture('a six-minute video', 'six-minutes.mp4', MP4, 'video-presentation', 'too-long'),
    refusedFixture('a six-minute live WebM without Duration', 'live-six-minutes.webm', WEBM, 'video-presentation', 'too-long'),
    refusedFixture('a six-minute browser recording in WebM', 'chrome-six-minutes.webm', WEBM, 'video-presentation', 'too-long'),
    refusedFixture('a six-minute fragmented MP4 without mehd', 'fragmented-six-minutes.mp4', MP4, 'video-presentation', 'too-long'),
    refusedFixture('a six-minute browser recording in MP4', 'chrome-six-minutes.mp4', MP4, 'video-presentation', 'too-long'),
    refusedFixture('a video whose container cannot be parsed', 'truncated.mp4', MP4, 'video-presentation', 'unreadable-container'),
    refusedFixture('a WebM of garbage', 'garbage.webm', WEBM, 'video-presentation', 'unreadable-container'),
    { what: 'a PDF carrying the EICAR test string', bytes: eicarPdf, contentType: PDF, requirementId: 'resume', reason: 'infected' },
  ];
  for (const rejection of rejections) {
    it(`rejects ${rejection.what} with ${rejection.reason} in ru/en, records why and deletes the object`, async () => {
      const { application, applicant } = await givenAnApplication();
      const claims = applicantClaims(applicant);
      const bytes = rejection.bytes();
      const issued = await requestUpload(application.id, claims, {
        requirementId: rejection.requirementId,
        fileName: 'file',
        contentType: rejection.contentType,
        size: Math.min(bytes.length, RESUME_MAX_BYTES),
      });
      const ticket = issued.body as unknown as UploadTicket;
      const key = ticket.upload.fields['key'] ?? '';
      if ('pastTheForm' in rejection)
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: rejection.contentType }));
      else assert.equal(await postFile(ticket, bytes, rejection.contentType), 204);
      assert.equal(await objectExists(key), true);

      const refused = await confirm(application.id, ticket.documentId, claims);
      assert.equal(refused.status, 422);
      assert.equal(refused.body['code'], `document-${rejection.reason}`);
      const message = refused.body['message'] as { ru: string; en: string };
      assert.ok(message.ru.length > 0, `${rejection.reason}: a message in Russian`);
      assert.ok(message.en.length > 0, `${rejection.reason}: a message in English`);
      assert.equal(await objectExists(key), false);

      const [listed] = (await list(application.id, claims)).body['items'] as Record<string, unknown>[];
      assert.equal(listed?.['status'], 'rejected');
      assert.equal((listed!['rejection'] as { reason: string }).reason, rejection.reason);
      // A repeated confirm gives the same answer; a rejected document cannot be downloaded.
      assert.equal((await confirm(application.id, ticket.documentId, claims)).body['code'], `document-${rejection.reason}`);
      assert.equal((await download(application.id, ticket.documentId, claims)).status, 409);
    });
  }

  it('answers a confirm before the upload with not-uploaded-yet and keeps the form usable', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const ticket = (
      await requestUpload(application.id, claims, { requirementId: 'resume', fileName: 'cv.pdf', contentType: PDF, size: 608 })
    ).body as unknown as UploadTicket;
    const early = await confirm(application.id, ticket.documentId, claims);
    assert.equal(early.status, 409);
    assert.equal(early.body['code'], 'not-uploaded-yet');
    assert.equal(await postFile(ticket, fixture('resume.pdf'), PDF), 204);
    assert.equal((await confirm(application.id, ticket.documentId, claims)).body['status'], 'verified');
  });

  it('after the owner withdraws consent refuses an upload form and a confirmation (409 consent-required), recording nothing, until consent is given again', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const form = { requirementId: 'resume', fileName: 'cv.pdf', contentType: PDF, size: 608 };
    const ticket = (await requestUpload(application.id, claims, form)).body as unknown as UploadTicket;
    assert.equal(await postFile(ticket, fixture('resume.pdf'), PDF), 204);
    assert.equal((await callApplications({ method: 'POST', route: '/me/consents/withdrawal', claims })).status, 201);
    const before = (await list(application.id, claims)).body['items'];

    for (const refused of [await requestUpload(application.id, claims, form), await confirm(application.id, ticket.documentId, claims)]) {
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body['code'], 'consent-required');
      assert.match((refused.body['message'] as { en: string }).en, /withdrew your consent/);
    }
    const after = (await list(application.id, claims)).body['items'] as { id: string; status: string }[];
    assert.deepEqual(after, before, 'no new document, and the uploaded one is not settled');
    assert.deepEqual(
      after.map((document) => [document.id, document.status]),
      [[ticket.documentId, 'pending-upload']],
    );

    const consent = { kind: 'personal-data', textVersion: 'pd-2026-01' };
    assert.equal((await callApplications({ method: 'POST', route: '/me/consents', claims, body: consent })).status, 201);
    assert.equal((await confirm(application.id, ticket.documentId, claims)).body['status'], 'verified', 'consenting again');
  });

  it('refuses a content type the requirement does not take and a declared size over its limit, writing nothing', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const wrongType = await requestUpload(application.id, claims, {
      requirementId: 'resume',
      fileName: 'cv.exe',
      contentType: 'application/x-msdownload',
      size: 10,
    });
    assert.equal(wrongType.status, 400);
    assert.equal((wrongType.body['errors'] as { field: string }[])[0]?.field, 'body.contentType');
    const tooBig = await requestUpload(application.id, claims, {
      requirementId: 'resume',
      fileName: 'cv.pdf',
      contentType: PDF,
      size: RESUME_MAX_BYTES + 1,
    });
    assert.equal(tooBig.status, 400);
    assert.equal((tooBig.body['errors'] as { field: string }[])[0]?.field, 'body.size');
    assert.deepEqual((await list(application.id, claims)).body['items'], []);
  });
});

describe('documents: who may read them', () => {
  it('another applicant, an unassigned expert and staff of another programme get the 404 of a missing application', async () => {
    const { application, applicant, programmeId } = await givenAnApplication();
    const { ticket } = await uploadResume(application.id, applicantClaims(applicant), 'cv.pdf');
    const missing = notFoundShape(await list(randomUUID(), applicantClaims(applicant)));
    assert.equal(missing.status, 404);

    const strangers = [
      applicantClaims(`applicant-${randomUUID()}`),
      expertClaims(`expert-${randomUUID()}`),
      staffClaims('some-other-programme'),
    ];
    for (const claims of strangers) {
      assert.deepEqual(notFoundShape(await list(application.id, claims)), missing, claims['cognito:groups']);
      assert.deepEqual(notFoundShape(await download(application.id, ticket.documentId, claims)), missing, claims['cognito:groups']);
    }
    const other = applicantClaims(`applicant-${randomUUID()}`);
    assert.deepEqual(
      notFoundShape(await requestUpload(application.id, other, { requirementId: 'resume', fileName: 'x.pdf', contentType: PDF, size: 10 })),
      missing,
    );
    assert.deepEqual(notFoundShape(await confirm(application.id, ticket.documentId, other)), missing);
    assert.equal((await list(application.id, staffClaims(programmeId))).status, 200);
  });

  it('staff of the programme and an assigned expert download verified documents; withdrawing the assignment ends the expert’s access', async () => {
    const { application, applicant, programmeId } = await givenAnApplication();
    const bytes = fixture('resume.pdf');
    const claims = applicantClaims(applicant);
    const { ticket } = await uploadResume(application.id, claims, 'cv.pdf', bytes);
    // A rejected attempt next to it: staff see it, the expert does not.
    await uploadResume(application.id, claims, 'cv2.pdf', fixture('executable.pdf'));

    const staff = staffClaims(programmeId);
    assert.equal(((await list(application.id, staff)).body['items'] as unknown[]).length, 2);
    const staffLink = await download(application.id, ticket.documentId, staff);
    assert.deepEqual(new Uint8Array(await (await fetch(String(staffLink.body['url']))).arrayBuffer()), bytes);

    const expertId = `expert-${randomUUID()}`;
    const expert = expertClaims(expertId);
    assert.equal((await list(application.id, expert)).status, 404, 'not yet assigned');
    const assignment = await seedExpertAssignment(application.id, expertId);
    const seen = (await list(application.id, expert)).body['items'] as Record<string, unknown>[];
    assert.deepEqual(
      seen.map((item) => item['id']),
      [ticket.documentId],
    );
    const expertLink = await download(application.id, ticket.documentId, expert);
    assert.equal((await fetch(String(expertLink.body['url']))).status, 200);

    await assignment.withdraw();
    assert.equal((await list(application.id, expert)).status, 404);
    assert.equal((await download(application.id, ticket.documentId, expert)).status, 404);
  });
});

describe('documents: file names are free text', () => {
  it('refuses a name with a lone surrogate, NUL, a bidi override or a slash with 400 naming body.fileName, and writes nothing', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const names = [
      ['cv\ud800.pdf', 'invalid-characters'],
      ['\udc00cv.pdf', 'invalid-characters'],
      ['cv\u0000.pdf', 'invalid-characters'],
      ['cv\u202efdp.exe', 'invalid-characters'],
      ['cv\u2066.pdf', 'invalid-characters'],
      ['../cv.pdf', 'file-name-with-slash'],
    ] as const;
    for (const [fileName, code] of names) {
      const refused = await requestUpload(application.id, claims, { requirementId: 'resume', fileName, contentType: PDF, size: 608 });
      assert.equal(refused.status, 400, JSON.stringify(fileName));
      assert.deepEqual(refused.body['errors'], [
        { field: 'body.fileName', code, message: (refused.body['errors'] as { message: unknown }[])[0]?.message },
      ]);
      const [problem] = refused.body['errors'] as { message: { ru: string; en: string } }[];
      assert.ok(problem !== undefined && problem.message.ru.length > 0 && problem.message.en.length > 0);
    }
    assert.deepEqual((await list(application.id, claims)).body['items'], []);
  });

  it('stores an accepted name NFC-normalised, emoji kept', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const { ticket } = await uploadResume(application.id, claims, 'Jose\u0301 😀.pdf');
    const listed = (await list(application.id, claims)).body['items'] as { id: string; fileName: string }[];
    assert.deepEqual(
      listed.map((item) => [item.id, item.fileName]),
      [[ticket.documentId, 'Jos\u00e9 😀.pdf']],
    );
  });

  it('still serves a verified document whose name, stored before names were checked, holds a lone surrogate', async () => {
    const { application, applicant, programmeId } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const bytes = fixture('resume.pdf');
    const { ticket, confirmed } = await uploadResume(application.id, claims, 'cv.pdf', bytes);
    assert.equal(confirmed.body['status'], 'verified');
    await documentClient().send(
      new UpdateCommand({
        TableName: table,
        Key: documentKey(application.id, ticket.documentId),
        UpdateExpression: 'SET fileName = :name',
        ExpressionAttributeValues: { ':name': 'cv\ud800\u0000.pdf' },
      }),
    );
    for (const reader of [claims, staffClaims(programmeId)]) {
      const link = await download(application.id, ticket.documentId, reader);
      assert.equal(link.status, 200, JSON.stringify(link.body));
      const file = await fetch(String(link.body['url']));
      assert.equal(file.status, 200);
      assert.deepEqual(new Uint8Array(await file.arrayBuffer()), bytes);
      assert.match(file.headers.get('content-disposition') ?? '', /filename\*=UTF-8''cv%EF%BF%BD_\.pdf$/);
    }
  });
});
