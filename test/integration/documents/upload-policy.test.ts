import assert from 'node:assert/strict';
import { afterEach, describe, it, vi } from 'vitest';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { UPLOAD_OBJECT_PREFIX, VERIFIED_OBJECT_PREFIX } from '../../../shared/documents/domain/upload/object-key.ts';
import { UPLOAD_FORM_SECONDS } from '../../../shared/documents/use-cases/request-upload.ts';
import { fixture, paddedPdf } from '../../fixtures/documents/fixture-files.ts';
import { applicantClaims } from '../../support/claims.ts';
import {
  RESUME_MAX_BYTES,
  call,
  givenAnApplication,
  postFile,
  postForm,
  type StorageAnswer,
  type UploadTicket,
} from './documents-world.ts';

/**
 * S3 checks a presigned POST against its signed policy before it stores anything; the local S3 must
 * too, or a form changed in the browser (another applicant's key, another content type, a bigger
 * file) passes locally and fails only in AWS. Every form here comes from the API route, as a
 * client gets it, and every refusal leaves the bucket as it was.
 */
const PDF = 'application/pdf';
const DOCUMENTS = '/applications/{applicationId}/documents';
const CONFIRM = '/applications/{applicationId}/documents/{documentId}/confirm';

const s3 = new S3Client({ endpoint: requireEnv(ENV.s3Endpoint), forcePathStyle: true });
const bucket = requireEnv(ENV.documentsBucket);

afterEach(() => {
  vi.useRealTimers();
});

/** A draft application and a résumé form for it, as the API issues it. */
const givenAResumeForm = async () => {
  const { application, applicant } = await givenAnApplication();
  const claims = applicantClaims(applicant);
  const issued = await call({
    method: 'POST',
    route: DOCUMENTS,
    pathParameters: { applicationId: application.id },
    claims,
    body: { requirementId: 'resume', fileName: 'cv.pdf', contentType: PDF, size: 608 },
  });
  assert.equal(issued.status, 201, JSON.stringify(issued.body));
  const ticket = issued.body as unknown as UploadTicket;
  const confirm = () =>
    call({ method: 'POST', route: CONFIRM, pathParameters: { applicationId: application.id, documentId: ticket.documentId }, claims });
  return { applicationId: application.id, ticket, fields: ticket.upload.fields, confirm };
};

/** Every object stored for an application, uploads and verified copies, with its bytes. */
const storedUnder = async (applicationId: string): Promise<Map<string, string>> => {
  const listed = await Promise.all(
    [UPLOAD_OBJECT_PREFIX, VERIFIED_OBJECT_PREFIX].map((prefix) =>
      s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}${applicationId}/` })),
    ),
  );
  const objects = new Map<string, string>();
  for (const { Key } of listed.flatMap((page) => page.Contents ?? [])) {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key }));
    objects.set(Key!, Buffer.from(await object.Body!.transformToByteArray()).toString('base64'));
  }
  return objects;
};

const assertRefused = (answer: StorageAnswer, expected: { status: number; code: string; message: RegExp }) => {
  assert.deepEqual([answer.status, answer.code], [expected.status, expected.code], answer.message);
  assert.match(answer.message ?? '', expected.message);
};

const policyOf = (fields: Readonly<Record<string, string>>) =>
  JSON.parse(Buffer.from(fields['Policy'] ?? '', 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };

describe('the local S3 enforces a presigned POST’s policy, as S3 does', () => {
  it('stores the file of a form posted as issued, under the form’s key with its content type', async () => {
    const { applicationId, ticket, fields } = await givenAResumeForm();
    const bytes = fixture('resume.pdf');
    assert.equal(await postFile(ticket, bytes, PDF), 204);
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: fields['key'] }));
    assert.equal(object.ContentType, PDF);
    assert.deepEqual(await object.Body?.transformToByteArray(), bytes);
    assert.deepEqual([...(await storedUnder(applicationId)).keys()], [fields['key']]);
  });

  it('refuses a form whose key was changed to another applicant’s verified résumé (403), which stays as it was', async () => {
    const victim = await givenAResumeForm();
    const resume = fixture('resume.pdf');
    assert.equal(await postFile(victim.ticket, resume, PDF), 204);
    assert.equal((await victim.confirm()).body['status'], 'verified');
    const victimObjects = await storedUnder(victim.applicationId);

    const attacker = await givenAResumeForm();
    const answer = await postForm(
      attacker.ticket.upload.url,
      { ...attacker.fields, key: victim.fields['key']! },
      paddedPdf(RESUME_MAX_BYTES),
      PDF,
    );
    assertRefused(answer, {
      status: 403,
      code: 'AccessDenied',
      message: /^Invalid according to Policy: Policy Condition failed: .*"\$key"/,
    });
    assert.deepEqual(await storedUnder(victim.applicationId), victimObjects);
    assert.deepEqual(await storedUnder(attacker.applicationId), new Map());
    assert.equal((await victim.confirm()).body['status'], 'verified');
  });

  it('refuses a key changed within the document’s own prefix, and a form without a key (403)', async () => {
    const { applicationId, ticket, fields } = await givenAResumeForm();
    const renamed = await postForm(ticket.upload.url, { ...fields, key: `${fields['key']}.html` }, fixture('resume.pdf'), PDF);
    assertRefused(renamed, { status: 403, code: 'AccessDenied', message: /Policy Condition failed: \["eq", "\$key", / });
    const { key: _dropped, ...withoutKey } = fields;
    const keyless = await postForm(ticket.upload.url, withoutKey, fixture('resume.pdf'), PDF);
    assert.equal(keyless.status, 403, keyless.message);
    assert.deepEqual(await storedUnder(applicationId), new Map());
  });

  it('refuses a changed Content-Type (403) and writes nothing', async () => {
    const { applicationId, ticket, fields, confirm } = await givenAResumeForm();
    const answer = await postForm(ticket.upload.url, { ...fields, 'Content-Type': 'text/html' }, fixture('resume.pdf'), 'text/html');
    assertRefused(answer, {
      status: 403,
      code: 'AccessDenied',
      message: /Policy Condition failed: \["eq", "\$Content-Type", "application\/pdf"\]/,
    });
    assert.deepEqual(await storedUnder(applicationId), new Map());
    assert.equal((await confirm()).body['code'], 'not-uploaded-yet');
  });

  it('refuses a field the policy does not name (403), so a form cannot add an ACL or metadata', async () => {
    const { applicationId, ticket, fields } = await givenAResumeForm();
    const answer = await postForm(ticket.upload.url, { ...fields, acl: 'public-read' }, fixture('resume.pdf'), PDF);
    assertRefused(answer, { status: 403, code: 'AccessDenied', message: /^Invalid according to Policy: Extra input fields: acl$/ });
    assert.deepEqual(await storedUnder(applicationId), new Map());
  });

  it('refuses a policy rewritten to allow more, and a changed signature (403), writing nothing', async () => {
    const { applicationId, ticket, fields } = await givenAResumeForm();
    const policy = policyOf(fields);
    const widened = {
      ...policy,
      conditions: policy.conditions.map((condition) =>
        Array.isArray(condition) && condition[0] === 'content-length-range'
          ? ['content-length-range', 1, 10 * RESUME_MAX_BYTES]
          : condition,
      ),
    };
    const big = paddedPdf(2 * RESUME_MAX_BYTES);
    const rewritten = await postForm(
      ticket.upload.url,
      { ...fields, Policy: Buffer.from(JSON.stringify(widened)).toString('base64') },
      big,
      PDF,
    );
    assertRefused(rewritten, { status: 403, code: 'SignatureDoesNotMatch', message: /signature we calculated does not match/ });

    const signature = fields['X-Amz-Signature']!;
    const forged = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`;
    const resigned = await postForm(ticket.upload.url, { ...fields, 'X-Amz-Signature': forged }, fixture('resume.pdf'), PDF);
    assertRefused(resigned, { status: 403, code: 'SignatureDoesNotMatch', message: /signature we calculated does not match/ });
    assert.deepEqual(await storedUnder(applicationId), new Map());
  });

  it('refuses an expired form (403) and writes nothing', async () => {
    // A form the API issued a minute longer ago than a form lives.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - (UPLOAD_FORM_SECONDS + 60) * 1000);
    const { applicationId, ticket } = await givenAResumeForm();
    vi.useRealTimers();
    assert.ok(Date.parse(ticket.expiresAt) < Date.now(), ticket.expiresAt);

    const answer = await postForm(ticket.upload.url, ticket.upload.fields, fixture('resume.pdf'), PDF);
    assertRefused(answer, { status: 403, code: 'AccessDenied', message: /^Invalid according to Policy: Policy expired\.$/ });
    assert.deepEqual(await storedUnder(applicationId), new Map());
  });

  it('refuses what S3 refuses before any policy: too much before the file, no file, not a form', async () => {
    const { applicationId, ticket, fields } = await givenAResumeForm();
    const padded = await postForm(ticket.upload.url, { 'x-ignore-padding': 'x'.repeat(20 * 1024), ...fields }, fixture('resume.pdf'), PDF);
    assertRefused(padded, {
      status: 400,
      code: 'MaxPostPreDataLengthExceeded',
      message: /fields preceding the upload file were too large/,
    });

    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const fileless = await fetch(ticket.upload.url, { method: 'POST', body: form });
    assert.equal(fileless.status, 400);
    assert.match(await fileless.text(), /POST requires exactly one file upload per request/);

    const encoded = await fetch(ticket.upload.url, { method: 'POST', body: new URLSearchParams(fields) });
    assert.equal(encoded.status, 412);
    assert.match(await encoded.text(), /<Code>PreconditionFailed<\/Code>/);
    assert.deepEqual(await storedUnder(applicationId), new Map());
  });

  it('refuses a file over the content-length-range (400 EntityTooLarge) and an empty one (400 EntityTooSmall), writing nothing', async () => {
    const { applicationId, ticket, fields, confirm } = await givenAResumeForm();
    const tooLarge = await postForm(ticket.upload.url, fields, paddedPdf(RESUME_MAX_BYTES + 1), PDF);
    assertRefused(tooLarge, { status: 400, code: 'EntityTooLarge', message: /exceeds the maximum allowed size/ });
    const farTooLarge = await postForm(ticket.upload.url, fields, paddedPdf(40 * RESUME_MAX_BYTES), PDF);
    assertRefused(farTooLarge, { status: 400, code: 'EntityTooLarge', message: /exceeds the maximum allowed size/ });
    const empty = await postForm(ticket.upload.url, fields, new Uint8Array(), PDF);
    assertRefused(empty, { status: 400, code: 'EntityTooSmall', message: /smaller than the minimum allowed size/ });
    assert.deepEqual(await storedUnder(applicationId), new Map());
    assert.equal((await confirm()).body['code'], 'not-uploaded-yet');

    assert.equal(await postFile(ticket, paddedPdf(RESUME_MAX_BYTES), PDF), 204, 'exactly the maximum is allowed');
  });
});
