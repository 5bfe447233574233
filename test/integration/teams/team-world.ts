import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { applicantClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { call, type Response } from '../../support/application-fixtures.ts';

const tableName = requireEnv(ENV.tableName);
const client = documentClient();
const applications = new DynamoDbApplicationRepository(client, tableName);

export interface TeamSeason {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly staff: Claims;
}

export interface Person {
  readonly applicationId: string;
  readonly claims: Claims;
}

/**
 * An open season of a programme made from `template` (Кадры будущего by default), written through
 * the catalogue's repositories: opening a season through its workflow is the catalogue's own test.
 */
export const teamSeason = async (template: ProgrammeTemplate = kadryBudushchegoTemplate): Promise<TeamSeason> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template, prefix: 'teams' });
  return { programmeId, seasonId, staff: staffClaims(programmeId) };
};

/**
 * A submitted application of the season in `stage` and `participantRole`, written through the
 * repository (the way there through the API is the pipeline tests' business), after its
 * applicant's consent to processing, as the routes require.
 */
export const personIn = async (season: TeamSeason, participantRole: string, stage: string): Promise<Person> => {
  const applicantId = randomUUID();
  const applicationId = randomUUID();
  const at = new Date().toISOString();
  await storeConsent(client, tableName, applicantId, at);
  await applications.create(
    {
      id: applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage,
      participantRole,
      answers: {},
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'staff:setup', fromStage: 'selection', toStage: stage },
  );
  return { applicationId, claims: applicantClaims(applicantId) };
};

export const peopleIn = (season: TeamSeason, participantRole: string, stage: string, count: number): Promise<Person[]> =>
  Promise.all(Array.from({ length: count }, () => personIn(season, participantRole, stage)));

export interface TeamBody {
  readonly name: string;
  readonly members: readonly string[];
  readonly mentor?: string;
  readonly version: number;
}

export const putTeam = (season: TeamSeason, teamId: string, body: TeamBody, claims: Claims = season.staff): Promise<Response> =>
  call({ method: 'PUT', route: '/seasons/{seasonId}/teams/{teamId}', pathParameters: { seasonId: season.seasonId, teamId }, claims, body });

export const getTeam = (season: TeamSeason, teamId: string, claims: Claims = season.staff): Promise<Response> =>
  call({ method: 'GET', route: '/seasons/{seasonId}/teams/{teamId}', pathParameters: { seasonId: season.seasonId, teamId }, claims });

export const listTeams = (season: TeamSeason, query: Record<string, string> = {}, claims: Claims = season.staff): Promise<Response> =>
  call({ method: 'GET', route: '/seasons/{seasonId}/teams', pathParameters: { seasonId: season.seasonId }, query, claims });

export const dissolveTeam = (season: TeamSeason, teamId: string, claims: Claims = season.staff): Promise<Response> =>
  call({ method: 'DELETE', route: '/seasons/{seasonId}/teams/{teamId}', pathParameters: { seasonId: season.seasonId, teamId }, claims });

export const applicationAs = async (applicationId: string, claims: Claims): Promise<Record<string, unknown>> => {
  const answer = await call({ method: 'GET', route: '/applications/{applicationId}', pathParameters: { applicationId }, claims });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
};

/** A refusal as problem+json: its status, code, fields with their codes, and a message in both languages. */
export const refusalOf = (answer: Response, status: number): { readonly code: string; readonly fields: string[] } => {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  const message = answer.body['message'] as { ru?: string; en?: string } | undefined;
  assert.ok((message?.ru ?? '').length > 0, 'a message in Russian');
  assert.ok((message?.en ?? '').length > 0, 'a message in English');
  const errors = (answer.body['errors'] ?? []) as { field: string; code: string; message: { ru: string; en: string } }[];
  for (const error of errors) {
    assert.ok(error.message.ru.length > 0, `${error.field}: a message in Russian`);
    assert.ok(error.message.en.length > 0, `${error.field}: a message in English`);
  }
  return { code: String(answer.body['code']), fields: errors.map((error) => `${error.field} ${error.code}`) };
};
