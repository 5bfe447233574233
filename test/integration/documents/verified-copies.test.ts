import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbDocumentRepository } from '../../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { fixture, paddedPdf } from '../../fixtures/documents/fixture-files.ts';
import { applicantClaims, staffClaims } from '../../support/claims.ts';
import {
  confirm,
  download,
  givenAnApplication,
  list,
  postFile,
  requestUpload,
  uploadResume,
  type UploadTicket,
} from './documents-world.ts';

const PDF = 'application/pdf';
const s3 = new S3Client({ endpoint: requireEnv(ENV.s3Endpoint), forcePathStyle: true });
const bucket = requireEnv(ENV.documentsBucket);
const documents = new DynamoDbDocumentRepository(documentClient(), requireEnv(ENV.tableName));

const keysUnder = async (prefix: string): Promise<string[]> =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? []).flatMap((object) =>
    object.Key === undefined ? [] : [object.Key],
  );

const downloaded = async (url: unknown): Promise<Uint8Array> => {
  const file = await fetch(String(url));
  assert.equal(file.status, 200);
  return new Uint8Array(await file.arrayBuffer());
};

describe('documents: a verified file keeps the bytes that were verified', () => {
  it('re-posting the granted form after confirmation changes nothing a reader sees', async () => {
    const { application, applicant, programmeId } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const original = fixture('resume.pdf');
    const { ticket, confirmed } = await uploadResume(application.id, claims, 'cv.pdf', original);
    assert.equal(confirmed.body['status'], 'verified', JSON.stringify(confirmed.body));
    const listedBefore = (await list(application.id, claims)).body['items'];

    // The form is still valid: storage takes another file through it, as S3 would.
    const replacement = paddedPdf(original.length + 4096);
    assert.equal(await postFile(ticket, replacement, PDF), 204);

    assert.deepEqual((await confirm(application.id, ticket.documentId, claims)).body, confirmed.body);
    assert.deepEqual((await list(application.id, claims)).body['items'], listedBefore);
    for (const reader of [claims, staffClaims(programmeId)]) {
      const link = await download(application.id, ticket.documentId, reader);
      assert.equal(link.status, 200, JSON.stringify(link.body));
      assert.deepEqual(await downloaded(link.body['url']), original);
    }
  });

  it('copies the verified bytes under verified/, where the upload form cannot write, and serves that copy', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const original = fixture('resume.pdf');
    const { ticket } = await uploadResume(application.id, claims, 'cv.pdf', original);
    const uploadPrefix = `uploads/${application.id}/${ticket.documentId}/`;
    assert.ok(ticket.upload.fields['key']?.startsWith(uploadPrefix), ticket.upload.fields['key']);

    const record = await documents.find(application.id, ticket.documentId);
    const copy = record?.verifiedObject;
    assert.ok(copy !== undefined, 'the record points at its copy');
    assert.ok(copy.key.startsWith(`verified/${application.id}/${ticket.documentId}/`), copy.key);
    assert.deepEqual(await keysUnder(`verified/${application.id}/${ticket.documentId}/`), [copy.key]);

    const link = await download(application.id, ticket.documentId, claims);
    assert.ok(new URL(String(link.body['url'])).pathname.endsWith(copy.key), 'the link is to the copy');
    assert.deepEqual(await downloaded(link.body['url']), original);
  });

  it('keeps one copy when several confirmations of one upload race', async () => {
    const { application, applicant } = await givenAnApplication();
    const claims = applicantClaims(applicant);
    const issued = await requestUpload(application.id, claims, {
      requirementId: 'resume',
      fileName: 'cv.pdf',
      contentType: PDF,
      size: 608,
    });
    const ticket = issued.body as unknown as UploadTicket;
    assert.equal(await postFile(ticket, fixture('resume.pdf'), PDF), 204);

    const answers = await Promise.all(Array.from({ length: 4 }, () => confirm(application.id, ticket.documentId, claims)));
    for (const answer of answers) assert.deepEqual(answer.body, answers[0]?.body);
    assert.equal(answers[0]?.body['status'], 'verified');
    const record = await documents.find(application.id, ticket.documentId);
    assert.deepEqual(await keysUnder(`verified/${application.id}/${ticket.documentId}/`), [record?.verifiedObject?.key]);
  });
});
