import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbApplicantDependencies } from '../../../shared/adapters/dynamodb/dynamodb-applicant-dependencies.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { handler } from '../../../functions/applications/handler.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';

/** The repositories, to check what the routes stored through the same ports the applications side reads. */
export const applicantDependencies = dynamoDbApplicantDependencies(documentClient(), requireEnv(ENV.tableName));

export type Response = HandlerResponse;

/** Drives the applications Lambda with the event API Gateway would send, and parses its answer. */
export const call = (init: ApiEventInit): Promise<Response> => invokeHandler(handler, init);

/** A fresh applicant: the token's subject is the only key to their data. */
export const newApplicant = () => {
  const sub = randomUUID();
  return { sub, claims: { sub, 'cognito:groups': '[applicant]', email: `${sub}@example.org` } };
};

/** Consent to personal-data processing, the current text: nothing of the applicant is stored before it. */
export const giveConsent = async (claims: Record<string, string>): Promise<void> => {
  const given = await call({ method: 'POST', route: '/me/consents', claims, body: { kind: 'personal-data', textVersion: 'pd-2026-01' } });
  if (given.status !== 201) throw new Error(`consent not given: ${JSON.stringify(given.body)}`);
};

/** A fresh applicant who has consented to personal-data processing, so their profile may be stored. */
export const consentingApplicant = async () => {
  const applicant = newApplicant();
  await giveConsent(applicant.claims);
  return applicant;
};

export const fieldsOf = (response: Response): string[] =>
  ((response.body['errors'] ?? []) as { field: string }[]).map((error) => error.field).sort();
