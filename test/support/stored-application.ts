import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { storeConsent } from './consent-items.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);

export interface StoredApplicationInit {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly stage: string;
  readonly applicantId?: string;
  readonly track?: string;
}

/**
 * An application written straight through the repository, already in `stage`: for tests of what
 * happens to an application there (documents, learning progress, gates), whose way into that stage
 * the applications tests prove over HTTP. Past the initial stage it counts as submitted. Its
 * applicant consents to personal-data processing first, as the routes require before any draft.
 */
export const storedApplication = async (init: StoredApplicationInit): Promise<Application> => {
  const at = new Date().toISOString();
  const submitted = init.stage !== 'application';
  const application: Application = {
    id: randomUUID(),
    seasonId: init.seasonId,
    programmeId: init.programmeId,
    applicantId: init.applicantId ?? `applicant-${randomUUID()}`,
    stage: init.stage,
    answers: {},
    ...(init.track === undefined ? {} : { track: { track: init.track, assignedAt: at } }),
    language: 'ru',
    createdAt: at,
    updatedAt: at,
    ...(submitted ? { submittedAt: at } : {}),
    version: 1,
  };
  await storeConsent(client, tableName, application.applicantId, at);
  const created = await applications.create(application, { at, version: 1, kind: 'created', actor: 'applicant' });
  if (created.outcome !== 'created') throw new Error('the test application exists already');
  return application;
};
