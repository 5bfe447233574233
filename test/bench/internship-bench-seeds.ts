import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { DAY_MS, seedOpenSeason } from '../support/seed-open-season.ts';
import type { BenchIds } from './scenarios.ts';

/**
 * A ПроКадры season whose regional internship window is open, a registered Perm РОИВ whose person
 * publishes the measured offer, and a beginner of Perm at the regional internship who ranks it.
 */
export const seedInternshipPeople = async (client: DynamoDBDocumentClient, tableName: string): Promise<BenchIds['internships']> => {
  const now = new Date();
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, {
    template: prokadryTemplate,
    prefix: 'bench-internships',
    season: {
      calendar: [
        {
          stage: 'regional-internship',
          opensAt: new Date(now.getTime() - DAY_MS).toISOString(),
          closesAt: new Date(now.getTime() + 30 * DAY_MS).toISOString(),
        },
      ],
    },
  });
  const hostOrganisation = `perm-roiv-${randomUUID().slice(0, 8)}`;
  const registered = await new DynamoDbPartnerOrganisations(client, tableName).save(
    hostOrganisation,
    {
      kind: 'regional-executive-body',
      name: { ru: 'Правительство Пермского края', en: 'Government of Perm Krai' },
      region: '59',
      contacts: [{ name: 'Отдел кадров', email: 'hr@perm-roiv.example.org', language: 'ru' }],
    },
    0,
    now.toISOString(),
  );
  if (!registered.saved) throw new Error('The bench’s host organisation was not registered');
  const applicationId = randomUUID();
  const applicantId = randomUUID();
  const at = now.toISOString();
  await new DynamoDbApplicationRepository(client, tableName).create(
    {
      id: applicationId,
      seasonId,
      programmeId,
      applicantId,
      stage: 'regional-internship',
      preferredInternshipLevel: 'regional',
      internshipJustification: 'Хочу работать в органах власти своего края.',
      answers: {},
      track: { track: 'beginner', assignedAt: at },
      region: '59',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 6,
    },
    { at, version: 6, kind: 'stage-changed', actor: 'staff:bench', fromStage: 'interview', toStage: 'regional-internship' },
  );
  return {
    seasonId,
    staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    host: { sub: 'partner-bench-perm', 'cognito:groups': '[partner]', 'custom:organisation': hostOrganisation },
    hostOrganisation,
    applicant: { sub: applicantId, 'cognito:groups': '[applicant]', email: `${applicantId}@example.org` },
    applicationId,
    offerId: 'bench-regional-offer',
  };
};
