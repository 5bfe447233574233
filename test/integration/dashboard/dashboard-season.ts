import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { findDemoPerson } from '../../../infra/local/demo-people.ts';
import { demoPopulation } from '../../../infra/local/seed/demo-population.ts';
import { demoSeason } from '../../../infra/local/seed/demo-season.ts';
import { seedDemoCohort } from '../../../infra/local/seed/seed-demo-applications.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { createProgramme } from '../../../shared/catalogue/use-cases/create-programme.ts';
import { createSeason } from '../../../shared/catalogue/use-cases/create-season.ts';
import { publishSeason } from '../../../shared/catalogue/use-cases/publish-season.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';

export interface DashboardSeason {
  readonly programmeId: string;
  readonly seasonId: string;
}

/** Staff who run every programme, as the demo's seeding acts. */
const SEEDER: Identity = {
  subject: 'dashboard-test-seed',
  email: undefined,
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes: ['*'],
};

/**
 * A Кадры будущего season with `size` of the demo's people in it, seeded as `npm start` seeds the
 * demo: the catalogue's use cases create the programme and its season, and the demo's pupils,
 * tutors and mentors consent, apply, upload, submit, withdraw and are decided on by staff through
 * the applications' and progression's use cases (infra/local/seed), so every write is counted as
 * work happens. Each person has a subject of their own, so nothing meets another test's people.
 */
export const seedDashboardSeason = async (size: number): Promise<DashboardSeason> => {
  const template = kadryBudushchegoTemplate;
  const now = new Date();
  const client = documentClient();
  const tableName = requireEnv(ENV.tableName);
  const deps = {
    programmes: new DynamoDbProgrammeRepository(client, tableName),
    seasons: new DynamoDbSeasonRepository(client, tableName),
    clock: () => now,
  };
  const programmeId = `dash-${randomUUID().slice(0, 8)}`;
  const seasonId = `${programmeId}-season`;
  await createProgramme(deps, SEEDER, { id: programmeId, templateId: template.id });
  await createSeason(deps, SEEDER, programmeId, demoSeason(template, seasonId, now));
  const { season } = await publishSeason(deps, seasonId);
  const applicants = demoPopulation(template, 1, season.referenceDate)
    .slice(0, size)
    .map((applicant) => ({ ...applicant, sub: randomUUID() }));
  const seeded = await seedDemoCohort({ season, applicants }, findDemoPerson('staff') ?? assert.fail('no demo staff member'), now);
  assert.equal(seeded.added, size, seeded.notSeeded);
  return { programmeId, seasonId };
};
