import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbDocumentRepository } from '../../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { DynamoDbReviewStore } from '../../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { DynamoDbPendingUploads } from '../../../shared/adapters/dynamodb/dynamodb-pending-uploads.ts';
import { DynamoDbFixedWindowThrottle, UPLOAD_RATE_COUNTER } from '../../../shared/adapters/dynamodb/dynamodb-fixed-window-throttle.ts';
import { dynamoDbProcessingConsent } from '../../../shared/adapters/dynamodb/dynamodb-processing-consent.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { GuardDutyTagScanner, SCAN_STATUS_TAG } from '../../../shared/adapters/guardduty/guardduty-tag-scanner.ts';
import { s3Client } from '../../../shared/adapters/s3/s3-client.ts';
import { S3DocumentStore } from '../../../shared/adapters/s3/s3-document-store.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { UPLOAD_LIMITS } from '../../../shared/documents/domain/upload/upload-limits.ts';
import { confirmDocument } from '../../../shared/documents/use-cases/confirm-document.ts';
import type { DocumentsDependencies } from '../../../shared/documents/use-cases/documents-dependencies.ts';
import { listDocuments } from '../../../shared/documents/use-cases/list-documents.ts';
import { requestUpload } from '../../../shared/documents/use-cases/request-upload.ts';
import { fixture } from '../../fixtures/documents/fixture-files.ts';
import { givenAnApplication, postFile, type UploadTicket } from './documents-world.ts';

/**
 * The AWS scanner adapter against s3rver, which keeps object tags: GuardDuty's tag is set by hand
 * here, as GuardDuty would after its asynchronous scan.
 */
const tableName = requireEnv(ENV.tableName);
const bucket = requireEnv(ENV.documentsBucket);
const client = documentClient();
const store = new S3DocumentStore(s3Client(), bucket);
const deps: DocumentsDependencies = {
  applications: new DynamoDbApplicationRepository(client, tableName),
  programmes: new DynamoDbProgrammeRepository(client, tableName),
  documents: new DynamoDbDocumentRepository(client, tableName),
  store,
  scanner: new GuardDutyTagScanner(s3Client(), bucket),
  experts: new DynamoDbReviewStore(client, tableName),
  // Only the owner reads here: nobody acts for a partner organisation.
  actingOrganisation: { of: async () => undefined },
  consent: dynamoDbProcessingConsent(client, tableName),
  pendingUploads: new DynamoDbPendingUploads(client, tableName),
  uploadThrottle: new DynamoDbFixedWindowThrottle(client, tableName, UPLOAD_RATE_COUNTER),
  uploadLimits: UPLOAD_LIMITS,
  clock: () => new Date(),
  newId: randomUUID,
};

const applicant = (sub: string): Identity => ({
  subject: sub,
  email: undefined,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

const tag = (key: string, status: string) =>
  s3Client().send(
    new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: { TagSet: [{ Key: SCAN_STATUS_TAG, Value: status }] } }),
  );

const uploaded = async () => {
  const { application, applicant: sub } = await givenAnApplication();
  const identity = applicant(sub);
  const ticket = (await requestUpload(deps, identity, application.id, {
    requirementId: 'resume',
    fileName: 'cv.pdf',
    contentType: 'application/pdf',
    size: 608,
  })) as UploadTicket;
  assert.equal(await postFile(ticket, fixture('resume.pdf'), 'application/pdf'), 204);
  return { applicationId: application.id, identity, documentId: ticket.documentId, key: ticket.upload.fields['key'] ?? '' };
};

describe('GuardDuty verdicts', () => {
  it('keeps a document scanning until GuardDuty tags it clean; the next list sees it verified', async () => {
    const { applicationId, identity, documentId, key } = await uploaded();
    const first = await confirmDocument(deps, identity, applicationId, documentId);
    assert.equal(first.status, 'scanning');
    assert.equal((await listDocuments(deps, identity, applicationId, { limit: 25 })).items[0]?.status, 'scanning');

    await tag(key, 'NO_THREATS_FOUND');
    const {
      items: [listed],
    } = await listDocuments(deps, identity, applicationId, { limit: 25 });
    assert.equal(listed?.status, 'verified');
    assert.deepEqual(await confirmDocument(deps, identity, applicationId, documentId), listed);
  });

  it('rejects and deletes a document GuardDuty found threats in', async () => {
    const { applicationId, identity, documentId, key } = await uploaded();
    assert.equal((await confirmDocument(deps, identity, applicationId, documentId)).status, 'scanning');
    await tag(key, 'THREATS_FOUND');
    const refusal = await confirmDocument(deps, identity, applicationId, documentId).then(
      () => undefined,
      (error: unknown) => (isAppError(error) ? error.code : String(error)),
    );
    assert.equal(refusal, 'document-infected');
    assert.equal(await store.stat(key), undefined);
  });

  it('waits (and does not blame the applicant) when GuardDuty could not scan for its own reasons', async () => {
    const { applicationId, identity, documentId, key } = await uploaded();
    await tag(key, 'ACCESS_DENIED');
    assert.equal((await confirmDocument(deps, identity, applicationId, documentId)).status, 'scanning');
  });
});
