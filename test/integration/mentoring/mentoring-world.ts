import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { handler } from '../../../functions/mentoring/handler.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { DynamoDbReviewStore } from '../../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import type { ProfileContent } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import type { ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import { applicantClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

/**
 * A mentoring season and its people, for the mentoring routes driven through the mentoring Lambda
 * as API Gateway calls it: mentors with their own profiles, staff placing them, mentees waiting in
 * a stage. Mentees are written through the repositories (how an application reaches the agreement
 * stage is the pipeline's business: mentoring-flow.test.ts walks it through the API).
 */
const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);
const reviews = new DynamoDbReviewStore(client, tableName);

export const callMentoring = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(handler, init);

export const expectStatus = (answer: HandlerResponse, status: number, what: string): Record<string, unknown> => {
  assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
  return answer.body;
};

/** A refusal with `code`, its reason in both languages. */
export const assertRefused = (answer: HandlerResponse, status: number, code: string, what: string): void => {
  expectStatus(answer, status, what);
  assert.equal(answer.body['code'], code, `${what}: ${JSON.stringify(answer.body)}`);
  const message = answer.body['message'] as { ru?: string; en?: string } | undefined;
  assert.ok((message?.ru ?? '').length > 0 && (message?.en ?? '').length > 0, `${what}: the reason in both languages`);
};

export interface MentoringSeason {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly referenceDate: string;
  readonly staff: Claims;
}

/** An open season of Объединение наставников (or `template`), with `settings` over the template's. */
export const mentoringSeason = async (
  settings: Partial<ProgrammeSettings> = {},
  template: ProgrammeTemplate = obedinenieNastavnikovTemplate,
): Promise<MentoringSeason> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template, prefix: 'mentoring', settings });
  return { programmeId, seasonId, referenceDate: '2026-08-31', staff: staffClaims(programmeId) };
};

/** Объединение наставников with a smaller pool, so its sizes are reached in a test. */
export const withPool = (main: number, reserve: number, mentorCapacity = 2): Partial<ProgrammeSettings> => {
  const mentoring = obedinenieNastavnikovTemplate.settings.mentoring;
  assert.ok(mentoring !== undefined);
  return { mentoring: { ...mentoring, pool: { main, reserve }, mentorCapacity } };
};

export interface Mentee {
  readonly applicationId: string;
  readonly applicantId: string;
  readonly claims: Claims;
}

/** A submitted project waiting at `stage` (the agreement stage by default), answering the sphere question with `spheres`. */
export const menteeAt = async (
  season: MentoringSeason,
  options: {
    readonly stage?: string;
    readonly spheres?: readonly string[];
    readonly language?: 'ru' | 'en';
    readonly region?: ProfileContent['region'];
    readonly score?: number;
  } = {},
): Promise<Mentee> => {
  const applicantId = randomUUID();
  const applicationId = randomUUID();
  const at = new Date().toISOString();
  const region: ProfileContent['region'] = options.region ?? '51';
  const { version: _version, ...profile } = { ...baseProfile(), region, contacts: { email: `${applicantId}@example.org` } };
  await storeConsent(client, tableName, applicantId, at);
  const saved = await profiles.save(applicantId, profile, 0, at);
  assert.ok(saved.saved, 'the mentee’s profile');
  const stage = options.stage ?? 'mentor-agreement';
  await applications.create(
    {
      id: applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage,
      projectDescription: 'Мастерская робототехники для школьников Мурманска: кружки, соревнования, летний лагерь.',
      answers: { 'project-sphere': [...(options.spheres ?? ['technology'])] },
      region,
      language: options.language ?? 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 4,
    },
    { at, version: 4, kind: 'stage-changed', actor: 'staff:test', fromStage: 'expert-evaluation', toStage: stage },
  );
  if (options.score !== undefined) {
    await reviews.saveAggregate(applicationId, {
      rubricId: 'project-evaluation',
      method: 'mean',
      score: options.score,
      reviewCount: 2,
      spread: 0,
      disagreement: false,
      passed: options.score >= 6,
      extraReviewerWanted: false,
      explanation: { method: 'mean', perReview: [] },
      computedAt: at,
    });
  }
  return { applicationId, applicantId, claims: { ...applicantClaims(applicantId), email: `${applicantId}@example.org` } };
};

export const mentorProfile = (changes: Record<string, unknown> = {}) => ({
  displayName: 'Ирина Наставникова, инженер',
  spheres: ['technology'],
  region: '51',
  languages: ['ru'],
  capacityPerSeason: 5,
  bio: 'Двадцать лет в промышленной робототехнике; помогаю довести идею до работающего прототипа.',
  ...changes,
});

/** A mentor of the workforce pool who saved a profile (`changes` over a plain one). */
export const mentorWith = async (changes: Record<string, unknown> = {}): Promise<Claims> => {
  const sub = `mentor-${randomUUID()}`;
  const claims: Claims = { sub, 'cognito:groups': '[mentor]', email: `${sub}@example.org` };
  expectStatus(
    await callMentoring({ method: 'PUT', route: '/me/mentor-profile', claims, body: mentorProfile(changes) }),
    201,
    'the mentor’s profile',
  );
  return claims;
};

export const place = (season: MentoringSeason, mentor: Claims, body: Record<string, unknown>): Promise<HandlerResponse> =>
  callMentoring({
    method: 'PUT',
    route: '/seasons/{seasonId}/mentors/{mentorId}',
    pathParameters: { seasonId: season.seasonId, mentorId: mentor['sub'] ?? '' },
    claims: season.staff,
    body,
  });

/** A mentor with a profile, placed in the season's pool. */
export const mentorInPool = async (
  season: MentoringSeason,
  options: { readonly tier?: 'main' | 'reserve'; readonly capacity?: number; readonly profile?: Record<string, unknown> } = {},
): Promise<Claims> => {
  const mentor = await mentorWith(options.profile);
  expectStatus(
    await place(season, mentor, {
      tier: options.tier ?? 'main',
      ...(options.capacity === undefined ? {} : { capacity: options.capacity }),
    }),
    200,
    'placing the mentor',
  );
  return mentor;
};

export interface MatchingAnswer {
  readonly mentees: number;
  readonly alreadyPaired: number;
  readonly proposals: readonly { applicationId: string; mentorId: string; tier: string; choiceRank: number; pairId: string }[];
  readonly refused: readonly { applicationId: string; mentorId: string; reason: string }[];
  readonly unmatched: readonly { applicationId: string; reason: string }[];
  readonly unfilled: readonly { mentorId: string; seatsLeft: number; reason: string }[];
  readonly remaining: boolean;
}

export const match = async (season: MentoringSeason, dryRun: boolean): Promise<MatchingAnswer> =>
  expectStatus(
    await callMentoring({
      method: 'POST',
      route: '/seasons/{seasonId}/mentor-matching',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { dryRun },
    }),
    200,
    'the matching',
  ) as unknown as MatchingAnswer;

export const pool = async (season: MentoringSeason) =>
  expectStatus(
    await callMentoring({
      method: 'GET',
      route: '/seasons/{seasonId}/mentors',
      pathParameters: { seasonId: season.seasonId },
      query: { limit: '100' },
      claims: season.staff,
    }),
    200,
    'the pool',
  ) as unknown as {
    tiers: { main: { size: number; placed: number }; reserve: { size: number; placed: number } };
    items: { mentorId: string; tier: string; capacity: number; load: number }[];
  };

export const respond = (mentor: Claims, pairId: string, body: Record<string, unknown>): Promise<HandlerResponse> =>
  callMentoring({ method: 'POST', route: '/me/mentoring/{pairId}/agreement', pathParameters: { pairId }, claims: mentor, body });

export const pairsOf = async (season: MentoringSeason, status?: string) =>
  (
    expectStatus(
      await callMentoring({
        method: 'GET',
        route: '/seasons/{seasonId}/mentoring-pairs',
        pathParameters: { seasonId: season.seasonId },
        query: { limit: '100', ...(status === undefined ? {} : { status }) },
        claims: season.staff,
      }),
      200,
      'the season’s pairs',
    )['items'] as { id: string; applicationId: string; mentorId: string; status: string; declineReason?: string }[]
  ).map((pair) => ({ ...pair }));
