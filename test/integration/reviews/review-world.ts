import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import type { ProfileContent } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import type { ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { HandlerResponse } from '../../support/api-event.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { expertClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);

export const RUBRIC = 'project-evaluation';
export const STAGE = 'expert-evaluation';

export interface ReviewSeason {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly staff: Claims;
}

/**
 * An open season of `template` (Объединение наставников: its project evaluation, two experts,
 * z-score), optionally with changed settings and season (e.g. its calendar).
 */
export const reviewSeason = async (
  settings: Partial<ProgrammeSettings> = {},
  template: ProgrammeTemplate = obedinenieNastavnikovTemplate,
  season: Partial<Season> = {},
): Promise<ReviewSeason> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template, prefix: 'reviews', settings, season });
  return { programmeId, seasonId, staff: staffClaims(programmeId) };
};

/**
 * A submitted application at `stage` with its applicant's consent and profile, written through the
 * repositories (how an application gets there is the pipeline tests' business).
 */
export const applicationIn = async (
  season: ReviewSeason,
  options: { readonly stage?: string; readonly profile?: ProfileContent; readonly language?: 'ru' | 'en' } = {},
): Promise<{ readonly applicationId: string; readonly applicantId: string }> => {
  const applicantId = randomUUID();
  const applicationId = randomUUID();
  const at = new Date().toISOString();
  const { version: _version, ...profile } = { ...baseProfile(), ...options.profile };
  await storeConsent(client, tableName, applicantId, at);
  const saved = await profiles.save(applicantId, profile, 0, at);
  if (!saved.saved) throw new Error('The applicant profile was not saved');
  await applications.create(
    {
      id: applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage: options.stage ?? STAGE,
      projectDescription: 'Клуб юных инженеров при сельской школе: кружки, наставники с завода, летние проекты.',
      answers: {},
      region: profile.region,
      language: options.language ?? 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'staff:test', fromStage: 'application', toStage: options.stage ?? STAGE },
  );
  return { applicationId, applicantId };
};

export const expertProfile = {
  displayName: 'Эксперт',
  competences: ['social-projects'],
  languages: ['ru'],
  capacityPerSeason: 50,
  available: true,
  declaredConflicts: [] as unknown[],
};

/** An expert with a profile (`changes` over a plain one), placed in the season's pool with `capacity`. */
export const expertInPool = async (season: ReviewSeason, capacity = 10, changes: Record<string, unknown> = {}): Promise<Claims> => {
  const sub = `expert-${randomUUID()}`;
  const expert: Claims = { ...expertClaims(sub), email: `${sub}@example.org` };
  const saved = await callReviews({ method: 'PUT', route: '/me/expert-profile', claims: expert, body: { ...expertProfile, ...changes } });
  if (saved.status !== 201) throw new Error(`Expert profile refused: ${JSON.stringify(saved.body)}`);
  const placed = await callReviews({
    method: 'PUT',
    route: '/seasons/{seasonId}/experts/{expertId}',
    pathParameters: { seasonId: season.seasonId, expertId: expert['sub']! },
    claims: season.staff,
    body: { capacity },
  });
  if (placed.status !== 200) throw new Error(`Pool placement refused: ${JSON.stringify(placed.body)}`);
  return expert;
};

export const assign = (
  season: ReviewSeason,
  applicationId: string,
  expert: Claims,
  body: Record<string, unknown> = {},
  rubricId = RUBRIC,
) =>
  callReviews({
    method: 'PUT',
    route: '/applications/{applicationId}/reviews/{rubricId}/experts/{expertId}',
    pathParameters: { applicationId, rubricId, expertId: expert['sub']! },
    claims: season.staff,
    body,
  });

export const unassign = (claims: Claims, applicationId: string, expert: Claims) =>
  callReviews({
    method: 'DELETE',
    route: '/applications/{applicationId}/reviews/{rubricId}/experts/{expertId}',
    pathParameters: { applicationId, rubricId: RUBRIC, expertId: expert['sub']! },
    claims,
  });

export const myReview = (expert: Claims, applicationId: string, rubricId = RUBRIC): Promise<HandlerResponse> =>
  callReviews({
    method: 'GET',
    route: '/me/reviews/{applicationId}/{rubricId}',
    pathParameters: { applicationId, rubricId },
    claims: expert,
  });

export const saveDraft = (expert: Claims, applicationId: string, body: Record<string, unknown>) =>
  callReviews({
    method: 'PUT',
    route: '/me/reviews/{applicationId}/{rubricId}',
    pathParameters: { applicationId, rubricId: RUBRIC },
    claims: expert,
    body,
  });

export const submit = (expert: Claims, applicationId: string, body: Record<string, unknown>, rubricId = RUBRIC) =>
  callReviews({
    method: 'POST',
    route: '/me/reviews/{applicationId}/{rubricId}/submission',
    pathParameters: { applicationId, rubricId },
    claims: expert,
    body,
  });

export const reviewsOf = (claims: Claims, applicationId: string) =>
  callReviews({ method: 'GET', route: '/applications/{applicationId}/reviews', pathParameters: { applicationId }, claims });

/** Scores for every criterion of the project evaluation (relevance 30, feasibility 30, novelty 20, readiness 20). */
export const fullScores = (relevance: number, feasibility: number, novelty: number, readiness: number) => ({
  relevance,
  feasibility,
  novelty,
  readiness,
});
