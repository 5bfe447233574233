import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { ENV, requireEnv } from '../../../shared/config/env.ts';
import { prokadryTemplate } from '../../../shared/programmes/templates/prokadry.ts';
import { handler } from '../../../functions/documents/handler.ts';
import { apiEvent, lambdaContext, type ApiEventInit } from '../../support/api-event.ts';

/** Limits small enough that "over the limit" is a 100 KB file, not a 10 MB one. */
export const RESUME_MAX_BYTES = 100 * 1024;
export const VIDEO_MAX_BYTES = 1024 * 1024;

const tableName = requireEnv(ENV.tableName);
const programmes = new DynamoDbProgrammeRepository(documentClient(), tableName);
const applications = new DynamoDbApplicationRepository(documentClient(), tableName);

export interface Response {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Drives the documents Lambda with the event API Gateway would send. */
export const call = async (init: ApiEventInit): Promise<Response> => {
  const result = await handler(apiEvent(init), lambdaContext());
  return {
    status: result.statusCode ?? 0,
    body: typeof result.body === 'string' && result.body.length > 0 ? (JSON.parse(result.body) as Record<string, unknown>) : {},
  };
};

export const applicantClaims = (sub: string) => ({ sub, 'cognito:groups': '[applicant]' });
export const staffClaims = (programmes: string) => ({ sub: `staff-${randomUUID().slice(0, 8)}`, 'cognito:groups': '[staff]', 'custom:programmes': programmes });
export const expertClaims = (sub: string) => ({ sub, 'cognito:groups': '[expert]' });

/**
 * A ПроКадры programme whose résumé and video limits are small and whose video belongs to the
 * application stage, and one draft application of a fresh applicant in it.
 */
export const givenAnApplication = async (): Promise<{ readonly application: Application; readonly applicant: string; readonly programmeId: string }> => {
  const programmeId = `docs-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  const settings = structuredClone(prokadryTemplate.settings);
  settings.documentRequirements = settings.documentRequirements.map((requirement) =>
    requirement.id === 'resume'
      ? { ...requirement, maxBytes: RESUME_MAX_BYTES }
      : requirement.id === 'video-presentation'
        ? { ...requirement, maxBytes: VIDEO_MAX_BYTES, stage: 'application' }
        : requirement,
  );
  await programmes.create({ id: programmeId, templateId: 'prokadry', version: 1, createdAt: now, updatedAt: now, settings });

  const applicant = `applicant-${randomUUID()}`;
  const application: Application = {
    id: randomUUID(),
    seasonId: `${programmeId}-2026`,
    programmeId,
    applicantId: applicant,
    stage: 'application',
    answers: {},
    language: 'ru',
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const created = await applications.create(application, { at: now, version: 1, kind: 'created', actor: 'applicant' });
  if (created.outcome !== 'created') throw new Error('the test application exists already');
  return { application, applicant, programmeId };
};

export interface UploadTicket {
  readonly documentId: string;
  readonly upload: { readonly url: string; readonly fields: Record<string, string> };
  readonly expiresAt: string;
}

/** What a browser does with the ticket: a multipart POST of the fields, then the file, straight to storage. */
export const postFile = async (ticket: UploadTicket, bytes: Uint8Array, contentType: string): Promise<number> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: contentType }), 'upload');
  const response = await fetch(ticket.upload.url, { method: 'POST', body: form });
  await response.arrayBuffer();
  return response.status;
};
