import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { storeConsent } from '../support/consent-items.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import type { BenchIds } from './scenarios.ts';

/**
 * A ПроКадры season at its federal internship for the matching run and placement routes: a
 * registered ministry with an approved offer of two seats that takes any candidate who ranks it,
 * and two finalists (consent, profile) in the stage who ranked it first. The run the first
 * scenario starts places both; the routes after it read and answer the applicant's placement.
 */
export const seedPlacementPeople = async (client: DynamoDBDocumentClient, tableName: string): Promise<BenchIds['placements']> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template: prokadryTemplate, prefix: 'bench-placements' });
  const host = `minek-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  await new DynamoDbPartnerOrganisations(client, tableName).save(
    host,
    {
      kind: 'federal-ministry',
      name: { ru: 'Министерство экономического развития', en: 'Ministry of Economic Development' },
      region: null,
      contacts: [{ name: 'Отдел кадров', email: `${host}@example.org`, language: 'ru' }],
    },
    0,
    now,
  );
  const store = new DynamoDbInternshipStore(client, tableName);
  const offerId = `${host}-strategy`;
  await store.saveOffer(
    {
      seasonId,
      programmeId,
      id: offerId,
      hostOrganisation: host,
      hostName: { ru: 'Министерство экономического развития', en: 'Ministry of Economic Development' },
      hostKind: 'federal-ministry',
      level: 'federal',
      region: '77',
      city: 'Москва',
      title: { ru: 'Стажировка в департаменте стратегического развития', en: 'Internship in the strategy department' },
      description: { ru: 'Аналитика региональных программ.', en: 'Analysis of regional programmes.' },
      seats: 2,
      startsOn: '2027-02-01',
      endsOn: '2027-02-26',
      weeks: 3,
      format: 'in-person',
      status: 'approved',
      createdAt: now,
      updatedAt: now,
      version: 1,
    },
    0,
  );
  await store.saveRanking({ seasonId, offerId, ranking: [], acceptsUnranked: true, version: 1 }, 0);
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const profiles = new DynamoDbProfileRepository(client, tableName);
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
        stage: 'federal-internship',
        answers: {},
        region: '59',
        language: 'ru',
        createdAt: now,
        updatedAt: now,
        submittedAt: now,
        version: 6,
      },
      { at: now, version: 6, kind: 'stage-changed', actor: 'staff:bench', fromStage: 'federal-interview', toStage: 'federal-internship' },
    );
    await store.savePreferences(
      { applicationId, seasonId, programmeId, stage: 'federal-internship', choices: [offerId], updatedAt: now, version: 1 },
      0,
      [],
    );
    return { applicationId, applicantId };
  };
  const [first] = await Promise.all([person(), person()]);
  if (first === undefined) throw new Error('No finalist seeded');
  return {
    seasonId,
    staff: { sub: 'staff-bench-placements', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    applicant: { sub: first.applicantId, 'cognito:groups': '[applicant]', email: `${first.applicantId}@example.org` },
    applicationId: first.applicationId,
    host: { sub: `${host}-hr`, 'cognito:groups': '[partner]', 'custom:organisation': host, 'custom:programmes': programmeId },
    runId: randomUUID(),
    placementId: randomUUID(),
  };
};
