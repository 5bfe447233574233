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

export const fieldsOf = (response: Response): string[] =>
  ((response.body['errors'] ?? []) as { field: string }[]).map((error) => error.field).sort();
