import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { seedExpertAssignment } from '../../support/assign-expert.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbDocumentRepository } from '../../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import type { DocumentRecord, DocumentStatus } from '../../../shared/documents/document-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { applicantClaims, expertClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { givenAnApplication, list } from './documents-world.ts';

const documents = new DynamoDbDocumentRepository(documentClient(), requireEnv(ENV.tableName));

/** Records as confirmation leaves them, written straight through the repository: the list is under test, not the upload. */
const seedDocuments = async (
  applicationId: string,
  applicantId: string,
  statuses: readonly DocumentStatus[],
): Promise<DocumentRecord[]> => {
  const at = new Date().toISOString();
  const records = statuses.map((status): DocumentRecord => {
    const id = randomUUID();
    return {
      id,
      applicationId,
      applicantId,
      requirementId: 'resume',
      format: 'pdf',
      contentType: 'application/pdf',
      fileName: `cv-${id}.pdf`,
      objectKey: `uploads/${applicationId}/${id}/cv.pdf`,
      uploadExpiresAt: at,
      declaredSize: 608,
      limits: { maxBytes: 100 * 1024 },
      status,
      ...(status === 'verified' ? { size: 608, verifiedAt: at, verifiedObject: { key: `verified/${applicationId}/${id}/x/cv.pdf` } } : {}),
      ...(status === 'rejected' ? { rejection: { reason: 'signature-mismatch', at } } : {}),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  await Promise.all(records.map((record) => documents.create(record)));
  return records;
};

interface Page {
  readonly items: readonly { readonly id: string; readonly status: string }[];
  readonly nextCursor?: string;
}

/** Follows nextCursor to the end, checking each page's size on the way. */
const everyPage = async (applicationId: string, claims: Claims, limit: number): Promise<Page[]> => {
  const pages: Page[] = [];
  let cursor: string | undefined;
  do {
    const answer = await list(applicationId, claims, { limit: String(limit), ...(cursor === undefined ? {} : { cursor }) });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const page = answer.body as unknown as Page;
    assert.ok(page.items.length <= limit, `a page of ${page.items.length} for limit ${limit}`);
    pages.push(page);
    cursor = page.nextCursor;
    assert.ok(pages.length <= 100, 'the pages end');
  } while (cursor !== undefined);
  return pages;
};

const STATUSES: readonly DocumentStatus[] = [
  ...Array.from({ length: 10 }, () => 'verified' as const),
  ...Array.from({ length: 12 }, () => 'rejected' as const),
  ...Array.from({ length: 8 }, () => 'pending-upload' as const),
];

describe('documents: an application’s list is paged with opaque cursors', () => {
  it('gives the owner and staff every document once, in pages of at most `limit`, 25 by default', async () => {
    const { application, applicant, programmeId } = await givenAnApplication();
    const seeded = await seedDocuments(application.id, applicant, STATUSES);
    const everyId = seeded.map((record) => record.id).sort();

    for (const claims of [applicantClaims(applicant), staffClaims(programmeId)]) {
      const pages = await everyPage(application.id, claims, 7);
      const ids = pages.flatMap((page) => page.items.map((item) => item.id));
      assert.deepEqual([...ids].sort(), everyId, 'each document exactly once');
      assert.deepEqual(
        pages.slice(0, -1).map((page) => page.items.length),
        [7, 7, 7, 7],
      );
    }

    const first = await list(application.id, applicantClaims(applicant));
    assert.equal((first.body['items'] as unknown[]).length, 25);
    assert.equal(typeof first.body['nextCursor'], 'string');
  });

  it('gives an assigned expert only the verified documents, in full pages', async () => {
    const { application, applicant } = await givenAnApplication();
    const seeded = await seedDocuments(application.id, applicant, STATUSES);
    const expertId = `expert-${randomUUID()}`;
    await seedExpertAssignment(application.id, expertId);

    const pages = await everyPage(application.id, expertClaims(expertId), 4);
    const items = pages.flatMap((page) => page.items);
    assert.deepEqual(
      items.map((item) => item.id).sort(),
      seeded
        .filter((record) => record.status === 'verified')
        .map((record) => record.id)
        .sort(),
    );
    assert.ok(
      items.every((item) => item.status === 'verified'),
      'nothing but verified documents',
    );
    assert.ok(
      pages.slice(0, -1).every((page) => page.items.length === 4),
      'every page but the last is full',
    );
  });

  it('refuses a limit out of bounds and a cursor of another application (400 naming the field)', async () => {
    const [one, other] = await Promise.all([givenAnApplication(), givenAnApplication()]);
    await Promise.all([
      seedDocuments(one.application.id, one.applicant, ['verified', 'verified', 'rejected']),
      seedDocuments(other.application.id, other.applicant, ['verified', 'verified']),
    ]);
    const claims = applicantClaims(one.applicant);
    for (const limit of ['0', '101', 'ten']) {
      const refused = await list(one.application.id, claims, { limit });
      assert.equal(refused.status, 400, limit);
      assert.deepEqual(
        (refused.body['errors'] as { field: string }[]).map((error) => error.field),
        ['query.limit'],
      );
    }

    const foreign = await list(other.application.id, applicantClaims(other.applicant), { limit: '1' });
    const cursor = foreign.body['nextCursor'];
    assert.equal(typeof cursor, 'string');
    const refused = await list(one.application.id, claims, { limit: '1', cursor: String(cursor) });
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.equal(refused.body['code'], 'invalid-cursor');
    const garbage = await list(one.application.id, claims, { cursor: 'bm90LWEtY3Vyc29y' });
    assert.equal(garbage.body['code'], 'invalid-cursor');
  });
});
