import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { storeConsent } from '../support/consent-items.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import type { BenchIds } from './scenarios.ts';

/** The federal ministry whose people run the measured event (and whose id is the event's too). */
export const BENCH_MINISTRY = 'bench-ministry';

const at = (hours: number): string => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString();

/**
 * A ПроКадры season with two applicants (consent and profile) at the federal interview in the Perm
 * region, the federal ministry that owns the measured event in the partner registry (one record
 * every pass shares), and an event nobody booked, for the interview routes; the measured event is
 * created by the first scenario.
 */
export const seedInterviewPeople = async (client: DynamoDBDocumentClient, tableName: string): Promise<BenchIds['interviews']> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template: prokadryTemplate, prefix: 'bench-interviews' });
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const profiles = new DynamoDbProfileRepository(client, tableName);
  const now = new Date().toISOString();
  // Registered at version 0: a later pass on the same table finds it there, as it should be.
  await new DynamoDbPartnerOrganisations(client, tableName).save(
    BENCH_MINISTRY,
    {
      kind: 'federal-ministry',
      name: { ru: 'Министерство финансов Российской Федерации (бенч)', en: 'Ministry of Finance of the Russian Federation (bench)' },
      region: null,
      contacts: [{ name: 'Отдел кадров', email: 'bench-ministry@example.org', language: 'ru' }],
    },
    0,
    now,
  );
  const person = async (): Promise<{ readonly applicationId: string; readonly applicantId: string }> => {
    const applicationId = randomUUID();
    const applicantId = randomUUID();
    await storeConsent(client, tableName, applicantId, now);
    const { version: _version, ...profile } = { ...baseProfile(), contacts: { email: `${applicantId}@example.org` } };
    await profiles.save(applicantId, profile, 0, now);
    await applications.create(
      {
        id: applicationId,
        seasonId,
        programmeId,
        applicantId,
        stage: 'federal-interview',
        answers: {},
        region: '59',
        language: 'ru',
        createdAt: now,
        updatedAt: now,
        submittedAt: now,
        version: 5,
      },
      { at: now, version: 5, kind: 'stage-changed', actor: 'staff:bench', fromStage: 'interview', toStage: 'federal-interview' },
    );
    return { applicationId, applicantId };
  };
  const [first, second] = await Promise.all([person(), person()]);
  const emptyEventId = 'bench-empty';
  const saved = await new DynamoDbInterviewStore(client, tableName).saveEvent(
    {
      seasonId,
      programmeId,
      id: emptyEventId,
      stage: 'federal-interview',
      rubricId: 'ministry-interview',
      format: 'online',
      videoCallUrl: 'https://meet.example.org/bench',
      bookingClosesAt: at(48),
      startsAt: at(72),
      endsAt: at(73),
      capacity: 10,
      panel: ['partner-bench'],
      status: 'scheduled',
      booked: 0,
      createdAt: now,
      updatedAt: now,
      version: 1,
    },
    0,
    { structural: false },
  );
  if (!saved.written) throw new Error('The bench’s empty interview event was not saved');
  return {
    seasonId,
    staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    applicant: { sub: first.applicantId, 'cognito:groups': '[applicant]', email: `${first.applicantId}@example.org` },
    applicationId: first.applicationId,
    secondApplicationId: second.applicationId,
    eventId: 'bench-ministry',
    emptyEventId,
  };
};

/** The second applicant booked through the store, and the event moved into the past (it took place), for the attendance. */
export const seedHeldInterview = async (client: DynamoDBDocumentClient, tableName: string, interviews: BenchIds['interviews']) => {
  const store = new DynamoDbInterviewStore(client, tableName);
  const now = new Date().toISOString();
  const booked = await store.book(
    {
      applicationId: interviews.secondApplicationId,
      seasonId: interviews.seasonId,
      programmeId: interviews.staff['custom:programmes'] ?? '',
      stage: 'federal-interview',
      eventId: interviews.eventId,
      status: 'booked',
      bookedAt: now,
      updatedAt: now,
      version: 1,
    },
    0,
    undefined,
    now,
  );
  if (!booked.written) throw new Error(`The bench's booking was refused: ${booked.reason}`);
  const event = await store.findEvent(interviews.seasonId, interviews.eventId);
  if (event === undefined) throw new Error('The bench’s interview event is missing');
  const held = await store.saveEvent(
    { ...event, bookingClosesAt: at(-3), startsAt: at(-2), endsAt: at(1), version: event.version + 1 },
    event.version,
    { structural: false },
  );
  if (!held.written) throw new Error('The bench’s interview event did not move into the past');
};
