import assert from 'node:assert/strict';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { handler } from '../../../functions/documents/handler.ts';
import { fixture } from '../../fixtures/documents/fixture-files.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import type { Claims } from '../../support/claims.ts';
import { storedApplication } from '../../support/stored-application.ts';
import { openSeason } from '../../support/application-fixtures.ts';

/** Limits small enough that "over the limit" is a 100 KB file, not a 10 MB one. */
export const RESUME_MAX_BYTES = 100 * 1024;
export const VIDEO_MAX_BYTES = 1024 * 1024;

export type Response = HandlerResponse;

/** Drives the documents Lambda with the event API Gateway would send. */
export const call = (init: ApiEventInit): Promise<Response> => invokeHandler(handler, init);

/**
 * A ПроКадры programme whose résumé and video limits are small and whose video belongs to the
 * application stage, and one draft application of a fresh applicant in it.
 */
export const givenAnApplication = async (): Promise<{
  readonly application: Application;
  readonly applicant: string;
  readonly programmeId: string;
}> => {
  const documentRequirements = prokadryTemplate.settings.documentRequirements.map((requirement) =>
    requirement.id === 'resume'
      ? { ...requirement, maxBytes: RESUME_MAX_BYTES }
      : requirement.id === 'video-presentation'
        ? { ...requirement, maxBytes: VIDEO_MAX_BYTES, stage: 'application' }
        : requirement,
  );
  const { programmeId, seasonId } = await openSeason({ settings: { documentRequirements } });
  const application = await storedApplication({ programmeId, seasonId, stage: 'application' });
  return { application, applicant: application.applicantId, programmeId };
};

export interface UploadTicket {
  readonly documentId: string;
  readonly upload: { readonly url: string; readonly fields: Record<string, string> };
  readonly expiresAt: string;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const xmlText = (text: string | undefined): string | undefined =>
  text?.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);

export interface StorageAnswer {
  readonly status: number;
  /** S3's error code and message, for an XML error body. */
  readonly code: string | undefined;
  readonly message: string | undefined;
}

/** What a browser does with a form: a multipart POST of the fields, then the file, straight to storage. */
export const postForm = async (
  url: string,
  fields: Readonly<Record<string, string>>,
  bytes: Uint8Array,
  contentType: string,
): Promise<StorageAnswer> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: contentType }), 'upload');
  const response = await fetch(url, { method: 'POST', body: form });
  const body = await response.text();
  return {
    status: response.status,
    code: xmlText(/<Code>([^<]*)<\/Code>/.exec(body)?.[1]),
    message: xmlText(/<Message>([^<]*)<\/Message>/.exec(body)?.[1]),
  };
};

/** Posts the file through the ticket's form exactly as issued. */
export const postFile = async (ticket: UploadTicket, bytes: Uint8Array, contentType: string): Promise<number> =>
  (await postForm(ticket.upload.url, ticket.upload.fields, bytes, contentType)).status;

const DOCUMENTS = '/applications/{applicationId}/documents';
const CONFIRM = '/applications/{applicationId}/documents/{documentId}/confirm';
const DOWNLOAD = '/applications/{applicationId}/documents/{documentId}/download';

export const requestUpload = (applicationId: string, claims: Claims, body: Record<string, unknown>): Promise<Response> =>
  call({ method: 'POST', route: DOCUMENTS, pathParameters: { applicationId }, claims, body });

export const confirm = (applicationId: string, documentId: string, claims: Claims): Promise<Response> =>
  call({ method: 'POST', route: CONFIRM, pathParameters: { applicationId, documentId }, claims });

export const list = (applicationId: string, claims: Claims, query?: Record<string, string>): Promise<Response> =>
  call({ method: 'GET', route: DOCUMENTS, pathParameters: { applicationId }, claims, query });

export const download = (applicationId: string, documentId: string, claims: Claims): Promise<Response> =>
  call({ method: 'GET', route: DOWNLOAD, pathParameters: { applicationId, documentId }, claims });

/** Asks for a form, posts the file through it and confirms: the whole applicant flow. */
export const uploadAndConfirm = async (
  applicationId: string,
  claims: Claims,
  file: { bytes: Uint8Array; contentType: string; requirementId: string; fileName: string },
): Promise<{ ticket: UploadTicket; confirmed: Response }> => {
  const issued = await requestUpload(applicationId, claims, {
    requirementId: file.requirementId,
    fileName: file.fileName,
    contentType: file.contentType,
    size: Math.max(1, file.bytes.length),
  });
  assert.equal(issued.status, 201, JSON.stringify(issued.body));
  const ticket = issued.body as unknown as UploadTicket;
  assert.equal(await postFile(ticket, file.bytes, file.contentType), 204);
  return { ticket, confirmed: await confirm(applicationId, ticket.documentId, claims) };
};

/** Uploads and confirms a PDF résumé named `fileName`: the résumé fixture unless `bytes` say otherwise. */
export const uploadResume = (
  applicationId: string,
  claims: Claims,
  fileName: string,
  bytes: Uint8Array = fixture('resume.pdf'),
): Promise<{ ticket: UploadTicket; confirmed: Response }> =>
  uploadAndConfirm(applicationId, claims, { bytes, contentType: 'application/pdf', requirementId: 'resume', fileName });
