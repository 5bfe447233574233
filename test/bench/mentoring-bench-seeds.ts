import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbMentorPool } from '../../shared/adapters/dynamodb/dynamodb-mentor-pool.ts';
import { DynamoDbMentorProfiles } from '../../shared/adapters/dynamodb/dynamodb-mentor-profiles.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { DynamoDbRecommendationLetters } from '../../shared/adapters/dynamodb/dynamodb-recommendation-letters.ts';
import { obedinenieNastavnikovTemplate } from '../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { pairIdOf } from '../../shared/mentoring/domain/pair-id.ts';
import { storeConsent } from '../support/consent-items.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { waitFor } from '../support/wait-for.ts';
import type { BenchIds } from './scenarios.ts';

const PROFILE = {
  displayName: 'Ирина Лебедева, главный инженер',
  spheres: ['technology'],
  region: '51' as const,
  languages: ['ru' as const],
  capacityPerSeason: 3,
};

/** A mentee's technology project, submitted and waiting for a mentor (consent, profile, application). */
const menteeAt = async (client: DynamoDBDocumentClient, tableName: string, season: { seasonId: string; programmeId: string }) => {
  const applicationId = randomUUID();
  const applicantId = randomUUID();
  const at = new Date().toISOString();
  await storeConsent(client, tableName, applicantId, at);
  const { version: _version, ...profile } = { ...baseProfile(), contacts: { email: `${applicantId}@example.org` } };
  await new DynamoDbProfileRepository(client, tableName).save(applicantId, profile, 0, at);
  await new DynamoDbApplicationRepository(client, tableName).create(
    {
      id: applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage: 'mentor-agreement',
      projectDescription: 'Мастерская робототехники для школьников Мурманска: кружки, соревнования, летний лагерь.',
      answers: { 'project-sphere': ['technology'] },
      region: '51',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 4,
    },
    { at, version: 4, kind: 'stage-changed', actor: 'staff:bench', fromStage: 'expert-evaluation', toStage: 'mentor-agreement' },
  );
  return { applicationId, claims: { sub: applicantId, 'cognito:groups': '[applicant]', email: `${applicantId}@example.org` } };
};

/** A mentor with a profile, placed in the season's pool through the store (not a measured call). */
const mentorPlaced = async (client: DynamoDBDocumentClient, tableName: string, seasonId: string): Promise<string> => {
  const mentorId = `mentor-bench-${randomUUID().slice(0, 8)}`;
  const at = new Date().toISOString();
  const saved = await new DynamoDbMentorProfiles(client, tableName).save(mentorId, PROFILE, 0, at, `${mentorId}@example.org`);
  if (!saved.saved) throw new Error('The bench’s mentor profile was not saved');
  const placed = await new DynamoDbMentorPool(client, tableName).place(
    { seasonId, mentorId, tier: 'reserve', capacity: 1, ...PROFILE, by: 'staff-bench', at },
    { main: 500, reserve: 100 },
  );
  if (!placed.placed) throw new Error('The bench’s mentor was not placed');
  return mentorId;
};

/**
 * An Объединение наставников season with two projects waiting for a mentor, for the mentoring
 * routes; the measured mentor saves their profile and is placed by the first scenarios, and the
 * matching pairs both projects with them.
 */
export const seedMentoringPeople = async (client: DynamoDBDocumentClient, tableName: string): Promise<BenchIds['mentoring']> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, {
    template: obedinenieNastavnikovTemplate,
    prefix: 'bench-mentoring',
  });
  const [first, second] = await Promise.all([
    menteeAt(client, tableName, { seasonId, programmeId }),
    menteeAt(client, tableName, { seasonId, programmeId }),
  ]);
  const mentorId = `mentor-bench-${randomUUID().slice(0, 8)}`;
  return {
    seasonId,
    programmeId,
    staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    mentor: { sub: mentorId, 'cognito:groups': '[mentor]', email: `${mentorId}@example.org` },
    mentee: first.claims,
    applicationId: first.applicationId,
    pairId: pairIdOf(first.applicationId, mentorId),
    secondApplicationId: second.applicationId,
    handApplicationId: '',
    handMentorId: '',
    idleMentorId: '',
  };
};

/** A third project and a second mentor, for the staff's pairing by hand. */
export const seedHandPairing = async (client: DynamoDBDocumentClient, tableName: string, mentoring: BenchIds['mentoring']) => {
  const [third, mentorId] = await Promise.all([
    menteeAt(client, tableName, mentoring),
    mentorPlaced(client, tableName, mentoring.seasonId),
  ]);
  return { ...mentoring, handApplicationId: third.applicationId, handMentorId: mentorId };
};

/** A mentor of the pool without pairs, for the removal. */
export const seedIdleMentor = async (client: DynamoDBDocumentClient, tableName: string, mentoring: BenchIds['mentoring']) => ({
  ...mentoring,
  idleMentorId: await mentorPlaced(client, tableName, mentoring.seasonId),
});

/** The summing up's request for the letter (the workflow's effect), as the mentoring store records it. */
export const seedLetterRequest = async (client: DynamoDBDocumentClient, tableName: string, mentoring: BenchIds['mentoring']) => {
  const at = new Date().toISOString();
  await new DynamoDbRecommendationLetters(client, tableName).request({
    applicationId: mentoring.applicationId,
    pairId: mentoring.pairId,
    seasonId: mentoring.seasonId,
    programmeId: mentoring.programmeId,
    mentorId: mentoring.mentor['sub'] ?? '',
    status: 'requested',
    requestedAt: at,
    updatedAt: at,
    version: 1,
  });
};

/** The mentor's or mentee's move runs in its own execution: the next step waits for the application to reach `stage`. */
export const menteeReaches = (client: DynamoDBDocumentClient, tableName: string, applicationId: string, stage: string) =>
  waitFor(async () => (await new DynamoDbApplicationRepository(client, tableName).find(applicationId))?.stage === stage, {
    description: `the bench's mentee to reach ${stage}`,
    timeoutMs: 60_000,
  });
